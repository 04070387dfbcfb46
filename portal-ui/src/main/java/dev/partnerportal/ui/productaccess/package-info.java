/**
 * Product access views: partners request a demo environment or a not-for-resale licence and follow its state;
 * staff approve with an expiry or reject with a reason.
 */
@NullMarked
package dev.partnerportal.ui.productaccess;

import org.jspecify.annotations.NullMarked;
