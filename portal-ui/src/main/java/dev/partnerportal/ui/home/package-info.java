/**
 * The start page, which sends each person to the home of their role.
 */
@NullMarked
package dev.partnerportal.ui.home;

import org.jspecify.annotations.NullMarked;
