package dev.partnerportal.ui.survey;

import dev.partnerportal.ui.i18n.LocaleFormats;
import dev.partnerportal.ui.i18n.LanguageNames;
import java.time.Instant;
import java.util.Locale;

/** Dates and language names as the survey views show them, in the reader's language. */
final class SurveyFormats {

    private SurveyFormats() {
    }

    static String dateTime(Instant instant, Locale locale) {
        return LocaleFormats.dateTime(instant, locale);
    }

    static String date(Instant instant, Locale locale) {
        return LocaleFormats.date(instant, locale);
    }

    /** A language's own name ("Magyar", "한국어"). */
    static String languageName(String tag) {
        return LanguageNames.autonym(tag);
    }
}
