package dev.partnerportal.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Formats and sort order follow the reader's language; counting messages use its plural forms. */
class LocaleFormatsTest {

    private static final LocalDate FIRST_OF_DECEMBER = LocalDate.of(2026, 12, 1);

    @Test
    void datesAreWrittenTheWayEachLanguageWritesThem() {
        assertThat(LocaleFormats.date(FIRST_OF_DECEMBER, SupportedLanguages.ENGLISH)).isEqualTo("Dec 1, 2026");
        assertThat(LocaleFormats.date(FIRST_OF_DECEMBER, SupportedLanguages.HUNGARIAN)).isEqualTo("2026. dec. 1.");
        assertThat(LocaleFormats.date(FIRST_OF_DECEMBER, SupportedLanguages.KOREAN)).isEqualTo("2026. 12. 1.");
        assertThat(LocaleFormats.date(FIRST_OF_DECEMBER, SupportedLanguages.VIETNAMESE)).isEqualTo("1 thg 12, 2026");
    }

    @Test
    void numbersPercentagesAndMoneyUseTheLanguagesSeparatorsAndSymbols() {
        assertThat(LocaleFormats.number(1234567.5, SupportedLanguages.ENGLISH)).isEqualTo("1,234,567.5");
        assertThat(LocaleFormats.number(1234567.5, SupportedLanguages.VIETNAMESE)).isEqualTo("1.234.567,5");
        assertThat(LocaleFormats.number(new BigDecimal("-100.0"), SupportedLanguages.ENGLISH)).isEqualTo("-100.0");
        assertThat(LocaleFormats.number(new BigDecimal("42.5"), SupportedLanguages.HUNGARIAN)).isEqualTo("42,5");
        assertThat(LocaleFormats.percent(0.425, SupportedLanguages.ENGLISH)).isEqualTo("42.5%");
        assertThat(LocaleFormats.percent(80, SupportedLanguages.VIETNAMESE)).isEqualTo("80%");
        assertThat(LocaleFormats.money(new BigDecimal("1234.50"), "EUR", SupportedLanguages.ENGLISH)).isEqualTo("€1,234.50");
        assertThat(LocaleFormats.money(new BigDecimal("1234.50"), "EUR", SupportedLanguages.HUNGARIAN))
                .isEqualTo("1\u00a0234,50\u00a0EUR");
    }

    @Test
    void namesSortAsTheLanguageSortsThem() {
        var names = List.of("Zsolt", "Csaba", "Czakó", "Ödön", "Oszkár", "Ádám");

        assertThat(sorted(names, SupportedLanguages.ENGLISH)).containsExactly("Ádám", "Csaba", "Czakó", "Ödön", "Oszkár", "Zsolt");
        // In Hungarian "cs" and "ö" are letters of their own, after "c" and "o".
        assertThat(sorted(names, SupportedLanguages.HUNGARIAN)).containsExactly("Ádám", "Czakó", "Csaba", "Oszkár", "Ödön", "Zsolt");
        assertThat(sorted(List.of("최지우", "김민준", "박서연"), SupportedLanguages.KOREAN)).containsExactly("김민준", "박서연", "최지우");
    }

    @Test
    void aCountingMessageUsesEachLanguagesPluralForms() {
        var translations = new PortalI18NProvider();

        assertThat(List.of(0, 1, 2, 3, 11, 100)).extracting(n -> translations.getTranslation("search.count", SupportedLanguages.ARABIC, n, "x"))
                .containsExactly("لا نتائج لـ \"x\"", "نتيجة واحدة لـ \"x\"", "نتيجتان لـ \"x\"", "3 نتائج لـ \"x\"",
                        "11 نتيجة لـ \"x\"", "100 نتيجة لـ \"x\"");
        assertThat(translations.getTranslation("search.count", SupportedLanguages.ENGLISH, 1, "x")).isEqualTo("1 result for \"x\"");
        assertThat(translations.getTranslation("search.count", SupportedLanguages.ENGLISH, 1200, "x")).isEqualTo("1,200 results for \"x\"");
    }

    @Test
    void aDayInAMessageIsADayInTheReadersFormatWithoutATime() {
        assertThat(LocaleFormats.arguments(new Object[] {FIRST_OF_DECEMBER, 3}, SupportedLanguages.HUNGARIAN))
                .containsExactly("2026. dec. 1.", 3);
    }

    private static List<String> sorted(List<String> names, java.util.Locale locale) {
        var copy = new ArrayList<>(names);
        copy.sort(LocaleFormats.collator(locale));
        return copy;
    }
}
