package dev.partnerportal.shared;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * The fixed words of the generated PDFs (certificate, cheat sheet, joint plan), from the UTF-8 bundle
 * {@code pdf/labels*.properties}, and the dates and numbers on them, in one of the portal's languages. A language
 * without a bundle, or none at all, prints in English. Messages use ICU syntax, so a label may choose its plural.
 */
public final class PdfLabels {

    /** The languages the PDFs are printed in; English first, the complete bundle and the fallback. */
    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ar"),
            Locale.forLanguageTag("hu"), Locale.forLanguageTag("ko"), Locale.forLanguageTag("vi"));

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private PdfLabels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("pdf/labels", locale, NO_DEFAULT_LOCALE);
    }

    /** The labels in {@code requested}'s language if the PDFs speak it, otherwise in English. */
    public static PdfLabels of(@Nullable Locale requested) {
        return new PdfLabels(supported(requested));
    }

    /** The offered language matching {@code requested} (by language only), or English. */
    public static Locale supported(@Nullable Locale requested) {
        return requested == null ? Locale.ENGLISH : LOCALES.stream()
                .filter(offered -> offered.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    /** True for a language written right to left: its labels are aligned to the right margin. */
    public boolean rightToLeft() {
        return locale.getLanguage().equals("ar");
    }

    /** The label {@code key} with its arguments filled in (numbers and dates as the language writes them). */
    public String text(String key, Object... arguments) {
        var pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** A calendar day, long form: "1 December 2026", "2026. december 1.", "2026년 12월 1일". */
    public String longDate(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }

    /** A calendar day, medium form: "1 Dec 2026", "2026. dec. 1.", "2026. 12. 1.". */
    public String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    /** A whole-number percentage ({@code 80} for 80 %) as the language writes it. */
    public String percent(int wholePercent) {
        return NumberFormat.getPercentInstance(locale).format(wholePercent / 100.0);
    }
}
