package dev.partnerportal.ui.certification;

import dev.partnerportal.ui.i18n.LocaleFormats;
import java.time.LocalDate;
import java.util.Locale;

/** Dates in the reader's language. */
final class CertificationFormats {

    private CertificationFormats() {
    }

    static String date(LocalDate date, Locale locale) {
        return LocaleFormats.date(date, locale);
    }
}
