/**
 * Partner tiers: the rules administrators set, a partner's standing, and the manual override on a partner's page.
 */
@NullMarked
package dev.partnerportal.ui.tier;

import org.jspecify.annotations.NullMarked;
