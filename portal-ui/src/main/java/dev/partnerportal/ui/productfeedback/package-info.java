/**
 * Product feedback as partners see it (submit, follow status and replies, vote on public ideas) and staff
 * triage it.
 */
@NullMarked
package dev.partnerportal.ui.productfeedback;

import org.jspecify.annotations.NullMarked;
