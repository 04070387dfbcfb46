/**
 * Program tiers earned by meeting requirements: evaluation whenever something relevant changes, a history of
 * every change with its reason, and manual overrides with a reason and an expiry.
 */
@NullMarked
package dev.partnerportal.tier;

import org.jspecify.annotations.NullMarked;
