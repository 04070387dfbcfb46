package dev.partnerportal.ui.survey;

import dev.partnerportal.ui.i18n.LanguageNames;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and language names as the survey views show them. */
final class SurveyFormats {

    private SurveyFormats() {
    }

    static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    static String date(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    /** A language's own name ("Magyar", "한국어"). */
    static String languageName(String tag) {
        return LanguageNames.autonym(tag);
    }
}
