/**
 * Joint business plans: one page per partner organization and period with measurable objectives, target
 * market, strategies, who does what and what each side commits, edited by each side for its own sections and
 * approved by the partner manager, kept as versions with diffs and printed as a one-page PDF; and the 12-week
 * commitments of both sides, whose check-ins track progress and whose overdue ones show on both homes.
 */
@NullMarked
package dev.partnerportal.plan;

import org.jspecify.annotations.NullMarked;
