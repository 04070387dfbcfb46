package dev.partnerportal.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The languages the portal writes in: English (the fallback for every text), Arabic, Hungarian, Korean and
 * Vietnamese. A person's language is the first of these that their preference names; anything else is English.
 */
public final class PortalLanguages {

    /** The fallback language: every text exists in it. */
    public static final String FALLBACK = "en";

    /** Language tags in the order forms list them, English first. */
    public static final List<String> TAGS = List.of("en", "ar", "hu", "ko", "vi");

    private PortalLanguages() {
    }

    /** The portal language {@code locale} asks for, if the portal speaks it (region and script ignored). */
    public static Optional<String> match(@Nullable Locale locale) {
        return locale == null ? Optional.empty() : Optional.of(locale.getLanguage()).filter(TAGS::contains);
    }

    /** The portal language for {@code locale}, English when it names none the portal speaks. */
    public static Locale resolve(@Nullable Locale locale) {
        return Locale.forLanguageTag(match(locale).orElse(FALLBACK));
    }

    /**
     * The locale to format dates and numbers with for someone who prefers {@code locale}: that locale itself
     * (region included, so "ko-KR" stays Korean as written in Korea) when the portal speaks its language,
     * otherwise English, the language the text falls back to.
     */
    public static Locale formatting(@Nullable Locale locale) {
        return match(locale).isPresent() ? locale : resolve(null);
    }
}
