/**
 * Single sign-on in the user interface: the login page's provider buttons and "company account" sign-in, a
 * partner organization's provider settings, and the administrators' list of every organization's provider.
 */
@NullMarked
package dev.partnerportal.ui.sso;

import org.jspecify.annotations.NullMarked;
