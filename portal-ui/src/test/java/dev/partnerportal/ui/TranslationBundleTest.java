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
import java.text.MessageFormat;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the UI shows exists in every offered language. */
class TranslationBundleTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("(?:getTranslation\\(|title = )\"([a-zA-Z0-9_.]+)\"\\s*[,)]");

    @Test
    void theApplicationBundleAndFeatureBundlesAreFound() {
        assertThat(PortalI18NProvider.bundleNames()).contains("i18n/messages");
    }

    @Test
    void everyLanguageHasExactlyTheEnglishKeysAndNoEmptyText() throws IOException {
        for (var bundle : PortalI18NProvider.bundleNames()) {
            var english = load(bundle + ".properties");
            for (var locale : SupportedLanguages.LOCALES) {
                if (locale.equals(SupportedLanguages.ENGLISH)) {
                    continue;
                }
                var other = load(bundle + "_" + locale.getLanguage() + ".properties");
                assertThat(new TreeSet<>(other.stringPropertyNames())).as(bundle + " " + locale)
                        .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
                other.forEach((key, value) -> assertThat(value.toString()).as(locale + " " + key).isNotBlank());
            }
        }
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
    void everyPatternIsAValidMessageFormat() throws IOException {
        for (var bundle : PortalI18NProvider.bundleNames()) {
            for (var locale : SupportedLanguages.LOCALES) {
                var file = locale.equals(SupportedLanguages.ENGLISH) ? bundle + ".properties"
                        : bundle + "_" + locale.getLanguage() + ".properties";
                load(file).forEach((key, value) -> new MessageFormat(value.toString()));
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
