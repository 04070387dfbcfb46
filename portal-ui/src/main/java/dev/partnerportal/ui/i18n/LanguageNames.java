package dev.partnerportal.ui.i18n;

import java.util.Locale;

/** Languages by their own names ("magyar", "한국어"), as language pickers show them to the people who read them. */
public final class LanguageNames {

    private LanguageNames() {
    }

    /** The language of {@code tag} in itself, first letter capitalized; the tag when Java knows no name. */
    public static String autonym(String tag) {
        var language = Locale.forLanguageTag(tag);
        var name = language.getDisplayLanguage(language);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}
