/**
 * Signing in.
 */
@NullMarked
package dev.partnerportal.ui.login;

import org.jspecify.annotations.NullMarked;
