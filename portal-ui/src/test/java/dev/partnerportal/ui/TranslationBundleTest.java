package dev.partnerportal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.partner.OrganizationStatus;
import dev.partnerportal.partner.PartnerType;
import dev.partnerportal.shared.Role;
import dev.partnerportal.ui.i18n.PortalI18NProvider;
import dev.partnerportal.ui.i18n.SupportedLanguages;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text the UI shows exists in every offered language, with the English arguments and plural forms the
 * language has; the mail templates likewise.
 */
class TranslationBundleTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("(?:getTranslation\\(|title = )\"([a-zA-Z0-9_.]+)\"\\s*[,)]");

    @Test
    void theApplicationBundleAndFeatureBundlesAreFound() {
        assertThat(PortalI18NProvider.bundleNames()).contains("i18n/messages");
    }

    @Test
    void everyLanguageHasExactlyTheEnglishKeysAndNoEmptyText() throws IOException {
        var problems = new ArrayList<String>();
        for (var bundle : PortalI18NProvider.bundleNames()) {
            problems.addAll(BundleCheck.sameKeysAsEnglish(bundle));
        }
        assertThat(problems).as("translation problems").isEmpty();
    }

    @Test
    void everyPatternIsAValidIcuMessageWithTheEnglishArgumentsAndTheLanguagesPluralForms() throws IOException {
        var problems = new ArrayList<String>();
        for (var bundle : PortalI18NProvider.bundleNames()) {
            problems.addAll(BundleCheck.patternsMatchEnglish(bundle));
        }
        assertThat(problems).as("translation problems").isEmpty();
    }

    @Test
    void mailTemplatesHaveTheEnglishKeysAndArgumentsInEveryLanguage() throws IOException {
        var problems = new ArrayList<String>(BundleCheck.sameKeysAsEnglish("mail/templates"));
        problems.addAll(BundleCheck.patternsMatchEnglish("mail/templates"));
        assertThat(problems).as("mail template problems").isEmpty();
    }

    @Test
    void theCheckNamesAMissingKeyAWrongArgumentAndAPluralFormTheLanguageLacks() {
        var english = properties("a", "{0} result(s)", "b", "Hello");
        var hungarian = properties("a", "{1} találat", "c", "Szia");
        assertThat(BundleCheck.compare("x", english, SupportedLanguages.HUNGARIAN, hungarian)).containsExactlyInAnyOrder(
                "x hu: missing key b", "x hu: extra key c", "x hu a: arguments [1], English has [0]");
        assertThat(BundleCheck.compare("x", properties("a", "{0, plural, one {# day} other {# days}}"),
                SupportedLanguages.KOREAN, properties("a", "{0, plural, one {#일} other {#일}}")))
                .containsExactly("x ko a: plural form 'one' is not a Korean plural category [other]");
        assertThat(BundleCheck.compare("x", properties("a", "{0} days"), SupportedLanguages.VIETNAMESE,
                properties("a", "{0, plural, {# ngày}}"))).singleElement().asString().startsWith("x vi a: not a valid ICU message");
    }

    private static Properties properties(String... keysAndValues) {
        var properties = new Properties();
        for (var i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        var seen = new TreeSet<String>();
        for (var bundle : PortalI18NProvider.bundleNames()) {
            for (var key : load(bundle + ".properties").stringPropertyNames()) {
                assertThat(seen.add(key)).as("key %s defined again in %s", key, bundle).isTrue();
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        var defined = new TreeSet<String>();
        for (var bundle : PortalI18NProvider.bundleNames()) {
            defined.addAll(load(bundle + ".properties").stringPropertyNames());
        }
        var used = new TreeSet<String>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (var file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = LITERAL_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        for (var role : Role.values()) {
            used.add("role." + role.name());
        }
        for (var type : PartnerType.values()) {
            used.add("partnerType." + type.name());
        }
        for (var status : OrganizationStatus.values()) {
            used.add("organizationStatus." + status.name());
        }
        for (var action : AuditAction.values()) {
            used.add("audit.action." + action.name());
        }
        SupportedLanguages.LOCALES.forEach(locale -> used.add("language." + locale.getLanguage()));

        assertThat(used).hasSizeGreaterThan(40);
        assertThat(defined).containsAll(used);
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (var in = TranslationBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
