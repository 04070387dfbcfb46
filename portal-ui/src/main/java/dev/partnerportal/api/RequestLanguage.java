package dev.partnerportal.api;

import dev.partnerportal.shared.PdfLabels;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The language an API caller asks a document in: {@code ?lang=} (a language tag such as {@code hu}) first, then the
 * best of the {@code Accept-Language} header's languages that the PDFs speak, else English. Never the server's
 * default locale: a request without either is answered in English.
 */
final class RequestLanguage {

    private RequestLanguage() {
    }

    /** The language of {@code ?lang=}, or null when none was asked for (the document then picks its own default). */
    static @Nullable Locale of(@Nullable String lang) {
        return lang == null || lang.isBlank() ? null : PdfLabels.supported(Locale.forLanguageTag(lang.strip()));
    }

    /** The language of {@code ?lang=}, else the preferred one of {@code Accept-Language} the PDFs speak, else English. */
    static Locale of(@Nullable String lang, @Nullable String acceptLanguage) {
        var asked = of(lang);
        if (asked != null) {
            return asked;
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            var best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), PdfLabels.LOCALES);
            return best == null ? Locale.ENGLISH : best;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }
}
