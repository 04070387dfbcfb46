/**
 * Relationship health: a 0–100 score per partner organization built from components (cadence kept, breadth,
 * feedback loop, escalations, enablement, engagement, plan execution), each shown with its raw numbers and why.
 * Features that know a part of a relationship implement {@link dev.partnerportal.health.HealthSignal}, reading many
 * organizations at once with a fixed number of statements; this feature weighs what they read, keeps weekly
 * snapshots and answers who is a partner and who drifts into a vendor.
 */
@NullMarked
package dev.partnerportal.health;

import org.jspecify.annotations.NullMarked;
