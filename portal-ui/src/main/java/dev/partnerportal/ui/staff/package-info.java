/** The vendor's own staff as administrators manage them: invitations, roles, and removal. */
@NullMarked
package dev.partnerportal.ui.staff;

import org.jspecify.annotations.NullMarked;
