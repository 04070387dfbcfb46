/**
 * Administration pages for the vendor's administrators.
 */
@NullMarked
package dev.partnerportal.ui.admin;

import org.jspecify.annotations.NullMarked;
