/**
 * Deal registration: partners register the opportunities they find, a conflict check protects the partner who
 * came first (and the vendor's direct accounts), channel managers approve with a protection period, deals move
 * through stages to won or lost, and partners ask the vendor for co-selling help on a deal.
 */
@NullMarked
package dev.partnerportal.deal;

import org.jspecify.annotations.NullMarked;
