/** The partners' content library: browse, read, print cheat sheets, and say whether an item helped. */
@NullMarked
package dev.partnerportal.ui.library;

import org.jspecify.annotations.NullMarked;
