/**
 * Onboarding journeys: each new partner organization gets the ordered steps of its partner type's template,
 * completed automatically where the portal can tell (content read, course done) and by hand otherwise; and
 * the partner manager's desk of their partners (touchpoints and cadence belong to the relationship feature).
 */
@NullMarked
package dev.partnerportal.onboarding;

import org.jspecify.annotations.NullMarked;
