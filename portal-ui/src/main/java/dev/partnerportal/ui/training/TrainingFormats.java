package dev.partnerportal.ui.training;

import dev.partnerportal.ui.i18n.LocaleFormats;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Dates and times in the reader's language. */
final class TrainingFormats {

    private TrainingFormats() {
    }

    static String dateTime(@Nullable Instant instant, Locale locale) {
        return instant == null ? "" : LocaleFormats.dateTime(instant, locale);
    }
}
