/**
 * The application frame: navigation for the caller's role, user menu, page title.
 */
@NullMarked
package dev.partnerportal.ui.layout;

import org.jspecify.annotations.NullMarked;
