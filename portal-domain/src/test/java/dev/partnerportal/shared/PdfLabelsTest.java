package dev.partnerportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The PDF labels ({@code pdf/labels*.properties}): the same keys in all five languages, none left empty or in
 * English, every message formattable, read as UTF-8, and a language the PDFs do not speak prints English.
 */
class PdfLabelsTest {

    static final Set<String> TRANSLATIONS = Set.of("ar", "hu", "ko", "vi");

    private static Properties load(String suffix) throws IOException {
        var properties = new Properties();
        try (var in = Objects.requireNonNull(PdfLabelsTest.class.getResourceAsStream("/pdf/labels" + suffix + ".properties"),
                "pdf/labels" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @FieldSource("TRANSLATIONS")
    void everyLanguageHasExactlyTheEnglishKeysAndFillsThemAll(String language) throws IOException {
        var english = load("");
        var translated = load("_" + language);

        assertThat(translated.stringPropertyNames()).as(language).isEqualTo(english.stringPropertyNames());
        assertThat(translated.stringPropertyNames()).allSatisfy(key -> assertThat(translated.getProperty(key)).as(key).isNotBlank());
        var labels = PdfLabels.of(Locale.forLanguageTag(language));
        assertThat(labels.locale().getLanguage()).isEqualTo(language);
        assertThat(labels.text("pdf.certificate.awardedTo")).isEqualTo(translated.getProperty("pdf.certificate.awardedTo"))
                .isNotEqualTo(english.getProperty("pdf.certificate.awardedTo"));
        for (var key : english.stringPropertyNames()) {
            assertThat(arguments(translated.getProperty(key))).as(key + ": the same arguments as English")
                    .isEqualTo(arguments(english.getProperty(key)));
            assertThat(labels.text(key, 1, 2, 3, 4, 5, 6)).as(key).doesNotContain("{");
        }
    }

    private static Set<String> arguments(String pattern) {
        return ARGUMENT.matcher(pattern).results().map(m -> m.group(1)).collect(java.util.stream.Collectors.toSet());
    }

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @Test
    void theBundlesAreReadAsUtf8() {
        assertThat(PdfLabels.of(Locale.forLanguageTag("ko")).text("pdf.certificate.heading")).isEqualTo("인증서");
        assertThat(PdfLabels.of(Locale.forLanguageTag("hu-HU")).text("pdf.certificate.heading")).isEqualTo("TANÚSÍTVÁNY");
        assertThat(PdfLabels.of(Locale.forLanguageTag("vi")).text("pdf.certificate.heading")).isEqualTo("CHỨNG CHỈ");
        assertThat(PdfLabels.of(Locale.forLanguageTag("ar-EG")).rightToLeft()).isTrue();
    }

    @Test
    void anotherLanguageOrNonePrintsEnglish() {
        assertThat(PdfLabels.of(Locale.GERMAN).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(PdfLabels.of(null).text("pdf.certificate.heading")).isEqualTo("CERTIFICATE");
        assertThat(PdfLabels.of(Locale.JAPANESE).rightToLeft()).isFalse();
    }

    @Test
    void datesAndPluralsFollowTheLanguage() {
        var day = LocalDate.of(2026, 12, 1);
        assertThat(PdfLabels.of(Locale.ENGLISH).longDate(day)).isEqualTo("December 1, 2026");
        assertThat(PdfLabels.of(Locale.forLanguageTag("hu")).longDate(day)).isEqualTo("2026. december 1.");
        assertThat(PdfLabels.of(Locale.forLanguageTag("ko")).longDate(day)).isEqualTo("2026년 12월 1일");
        assertThat(PdfLabels.of(Locale.ENGLISH).text("pdf.plan.period", "a", "b", 1)).isEqualTo("a to b (1 week)");
        assertThat(PdfLabels.of(Locale.ENGLISH).text("pdf.plan.period", "a", "b", 12)).isEqualTo("a to b (12 weeks)");
        assertThat(PdfLabels.of(Locale.forLanguageTag("ar")).text("pdf.plan.period", "a", "b", 2)).contains("أسبوعان");
    }
}
