/**
 * Partner-facing home and the staff's view of partner organizations.
 */
@NullMarked
package dev.partnerportal.ui.partner;

import org.jspecify.annotations.NullMarked;
