/**
 * Partner organizations and the program tiers they hold. The root package is the feature's API.
 */
@NullMarked
package dev.partnerportal.partner;

import org.jspecify.annotations.NullMarked;
