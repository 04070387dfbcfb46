/**
 * A partner organization's own people: the team page for partner administrators, and the anonymous
 * pages reached from invitation and password-reset links.
 */
@NullMarked
package dev.partnerportal.ui.team;

import org.jspecify.annotations.NullMarked;
