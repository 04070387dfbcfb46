/**
 * Deal views: the pipeline (a partner's own, the staff's with filters, the review queue and the co-selling queue),
 * the registration form, one deal with its stage, decision, extension and co-selling requests, and the direct
 * team's accounts.
 */
@NullMarked
package dev.partnerportal.ui.deal;

import org.jspecify.annotations.NullMarked;
