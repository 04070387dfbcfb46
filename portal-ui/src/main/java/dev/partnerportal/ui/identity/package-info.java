/**
 * People and their accounts: signing in, a person's own account and password, a partner administrator's team
 * with invitations, and the anonymous pages reached from invitation, password-reset and one-time links.
 */
@NullMarked
package dev.partnerportal.ui.identity;

import org.jspecify.annotations.NullMarked;
