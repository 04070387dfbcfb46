/**
 * Partner organizations: the staff's directory with account managers, and a partner administrator's own
 * organization profile.
 */
@NullMarked
package dev.partnerportal.ui.partner;

import org.jspecify.annotations.NullMarked;
