/**
 * Error pages that explain in plain words and never show a stack trace.
 */
@NullMarked
package dev.partnerportal.ui.error;

import org.jspecify.annotations.NullMarked;
