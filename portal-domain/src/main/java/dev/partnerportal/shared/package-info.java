/**
 * The shared kernel every feature speaks: typed ids, roles, and who is calling. Depends on no feature.
 */
@NullMarked
package dev.partnerportal.shared;

import org.jspecify.annotations.NullMarked;
