/**
 * The relationship between the vendor and a partner: the people on both sides and how to reach them, the
 * escalation path, the agreed cadence of conversations and the touchpoints that keep it (with topics and next
 * steps). Breadth and cadence feed relationship health.
 */
@NullMarked
package dev.partnerportal.relationship;

import org.jspecify.annotations.NullMarked;
