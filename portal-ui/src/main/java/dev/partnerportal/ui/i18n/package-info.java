/**
 * Translations and the user's language and writing direction. A named interface of the ui module: the API
 * translates error codes with the same bundles.
 */
@NullMarked
@NamedInterface("i18n")
package dev.partnerportal.ui.i18n;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
