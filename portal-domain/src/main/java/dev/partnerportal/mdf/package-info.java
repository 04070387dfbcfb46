/**
 * Market development funds: staff allocate a budget per partner and quarter, partners request funds for
 * activities, approved requests reserve the allocation (never beyond it), and claims with proof are reimbursed.
 * Results per request come from every {@link dev.partnerportal.mdf.FundResults} the application has.
 */
@NullMarked
package dev.partnerportal.mdf;

import org.jspecify.annotations.NullMarked;
