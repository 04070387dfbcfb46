/**
 * The Vaadin user interface. Views call application services only; they never reach repositories.
 */
@NullMarked
package dev.partnerportal.ui;

import org.jspecify.annotations.NullMarked;
