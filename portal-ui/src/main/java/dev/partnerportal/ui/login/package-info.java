/**
 * Signing in. A named interface of the ui module: the security configuration names the login view.
 */
@NullMarked
@NamedInterface("login")
package dev.partnerportal.ui.login;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
