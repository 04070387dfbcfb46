/**
 * Lead views: the partner's list of leads offered to it, with accept and reject; the staff desk with every
 * lead, the new-lead form and the CSV import with its per-row report.
 */
@NullMarked
package dev.partnerportal.ui.lead;

import org.jspecify.annotations.NullMarked;
