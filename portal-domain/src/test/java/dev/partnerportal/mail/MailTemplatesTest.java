package dev.partnerportal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.shared.PortalLanguages;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every mail exists in every portal language, with the same placeholders, and renders. */
class MailTemplatesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private final MailTemplates templates = new MailTemplates();

    @Test
    void everyTemplateKeyExistsInAllFiveLanguagesAndNoLanguageHasExtraKeys() throws IOException {
        var english = load("");
        assertThat(english.stringPropertyNames()).contains("invitation.subject", "surveyInvitation.body",
                "certificationExpiring.subject", "word.role.ADMIN");
        for (var language : PortalLanguages.TAGS.subList(1, PortalLanguages.TAGS.size())) {
            var translated = load("_" + language);
            assertThat(new TreeSet<>(translated.stringPropertyNames())).as("keys of templates_%s", language)
                    .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
            for (var key : english.stringPropertyNames()) {
                assertThat(arguments(translated.getProperty(key))).as("placeholders of %s in %s", key, language)
                        .isEqualTo(arguments(english.getProperty(key)));
                assertThat(translated.getProperty(key)).as("%s in %s", key, language).isNotBlank()
                        .doesNotContain("'");
            }
        }
    }

    @Test
    void everyTemplateRendersInEveryLanguageWithNoPlaceholderLeft() throws IOException {
        var keys = load("").stringPropertyNames().stream().filter(key -> key.endsWith(".subject"))
                .map(key -> key.substring(0, key.length() - ".subject".length())).collect(Collectors.toSet());
        Object[] arguments = {"A0", "A1", "A2", "A3", 7, "A5", "A6", "A7"};
        for (var language : PortalLanguages.TAGS) {
            for (var key : keys) {
                var text = templates.render(key, Locale.forLanguageTag(language), arguments);
                assertThat(text.language()).isEqualTo(language);
                assertThat(text.subject() + text.body()).as("%s in %s", key, language).doesNotContain("{").isNotBlank();
                assertThat(text.subject()).doesNotContain("\n");
            }
        }
    }

    @Test
    void aPreferenceThePortalDoesNotSpeakGetsEnglishAndARegionKeepsItsLanguage() {
        assertThat(templates.render("passwordReset", Locale.GERMAN, "Anna", "https://x.test/r", 30).language())
                .isEqualTo("en");
        assertThat(templates.render("passwordReset", null, "Anna", "https://x.test/r", 30).subject())
                .isEqualTo("Reset your Partner Portal password");
        var korean = templates.render("passwordReset", Locale.forLanguageTag("ko-KR"), "김민준", "https://x.test/r", 30);
        assertThat(korean.language()).isEqualTo("ko");
        assertThat(korean.subject()).isEqualTo("파트너 포털 비밀번호 재설정");
        assertThat(korean.body()).startsWith("김민준님, 안녕하세요.").contains("30분 동안");
        assertThat(templates.word("role.CHANNEL_MANAGER", Locale.forLanguageTag("vi"))).isEqualTo("quản lý kênh");
    }

    @Test
    void arabicCountsDaysWithTheRightNounForm() {
        var ar = Locale.forLanguageTag("ar");
        assertThat(templates.render("certificationExpiring", ar, "ليلى", "مبيعات", "x", "y", 7).subject())
                .endsWith("بعد 7 أيام");
        assertThat(templates.render("certificationExpiring", ar, "ليلى", "مبيعات", "x", "y", 30).subject())
                .endsWith("بعد 30 يومًا");
    }

    private static Properties load(String suffix) throws IOException {
        var properties = new Properties();
        try (var in = MailTemplatesTest.class.getClassLoader()
                .getResourceAsStream(MailTemplates.BUNDLE + suffix + ".properties")) {
            assertThat(in).as("templates%s.properties", suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> arguments(String pattern) {
        new MessageFormat(pattern); // fails on a malformed pattern
        return ARGUMENT.matcher(pattern).results().map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }
}
