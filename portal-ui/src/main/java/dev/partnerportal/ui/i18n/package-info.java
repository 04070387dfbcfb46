/**
 * Translations and the user's language and writing direction.
 */
@NullMarked
package dev.partnerportal.ui.i18n;

import org.jspecify.annotations.NullMarked;
