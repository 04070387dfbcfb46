package dev.partnerportal.content;

import java.util.Locale;

/** How the library compares a reader's language with an item's: by the primary language subtag ("pt" of "pt-BR"). */
final class ContentLanguages {

    private ContentLanguages() {
    }

    static String primary(String tag) {
        var language = Locale.forLanguageTag(tag == null ? "" : tag.strip().replace('_', '-')).getLanguage();
        return language.isEmpty() ? "en" : language;
    }
}
