package dev.partnerportal.ui.i18n;

import com.vaadin.flow.component.Direction;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The languages the portal's UI is offered in, and which way each one is written. Adding one means a bundle
 * file per feature, for the mail templates and for the PDF labels ({@code shared.PdfLabels}, which lists the same
 * five languages), and a line here (see the README, "How to add a language").
 */
public final class SupportedLanguages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale ARABIC = Locale.forLanguageTag("ar");
    public static final Locale HUNGARIAN = Locale.forLanguageTag("hu");
    public static final Locale KOREAN = Locale.forLanguageTag("ko");
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** English first: it is the complete bundle and the fallback. */
    public static final List<Locale> LOCALES = List.of(ENGLISH, ARABIC, HUNGARIAN, KOREAN, VIETNAMESE);

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv");

    private SupportedLanguages() {
    }

    /** The offered locale with the same language as {@code requested}, or English. */
    public static Locale bestMatch(Locale requested) {
        return LOCALES.stream()
                .filter(locale -> locale.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(ENGLISH);
    }

    public static boolean isOffered(Locale locale) {
        return LOCALES.stream().anyMatch(offered -> offered.getLanguage().equals(locale.getLanguage()));
    }

    public static Direction directionOf(Locale locale) {
        return RIGHT_TO_LEFT.contains(locale.getLanguage()) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT;
    }

    /** The suffix of this language's bundle files: {@code ""} for English, {@code "_ar"} for Arabic, ... */
    public static String bundleSuffix(Locale locale) {
        return locale.equals(ENGLISH) ? "" : "_" + locale.getLanguage();
    }
}
