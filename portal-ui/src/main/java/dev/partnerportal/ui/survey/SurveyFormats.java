package dev.partnerportal.ui.survey;

import dev.partnerportal.ui.i18n.LocaleFormats;
import java.time.Instant;
import java.util.Locale;

/** Dates as the survey views show them, in the reader's language. */
final class SurveyFormats {

    private SurveyFormats() {
    }

    static String dateTime(Instant instant, Locale locale) {
        return LocaleFormats.dateTime(instant, locale);
    }

    static String date(Instant instant, Locale locale) {
        return LocaleFormats.date(instant, locale);
    }
}
