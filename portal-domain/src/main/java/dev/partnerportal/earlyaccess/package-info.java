/**
 * Early-access programs (betas): staff open a beta with eligibility (minimum tier, partner types), capacity and
 * dates; partner administrators apply for their organization or staff invite one; staff accept or decline
 * applications within capacity. Product feedback may name a beta its organization takes part in.
 */
@NullMarked
package dev.partnerportal.earlyaccess;

import org.jspecify.annotations.NullMarked;
