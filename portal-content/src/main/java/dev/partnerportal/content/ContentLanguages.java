package dev.partnerportal.content;

import java.util.List;
import java.util.Locale;

/**
 * The languages an item can be written in (those the portal is offered in, English first), and how the library
 * compares a reader's language with an item's: by the primary language subtag ("pt" of "pt-BR").
 */
public final class ContentLanguages {

    /** ISO 639-1 codes: English, Arabic, Hungarian, Korean, Vietnamese. */
    public static final List<String> CODES = List.of("en", "ar", "hu", "ko", "vi");

    private ContentLanguages() {
    }

    static String primary(String tag) {
        var language = Locale.forLanguageTag(tag == null ? "" : tag.strip().replace('_', '-')).getLanguage();
        return language.isEmpty() ? "en" : language;
    }
}
