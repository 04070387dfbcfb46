package dev.partnerportal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.ui.i18n.PortalI18NProvider;
import dev.partnerportal.ui.i18n.SupportedLanguages;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every error code any feature declares has its message in every offered language, under its own key in
 * the bundle file itself (not by falling back to English), and codes are unique and well-formed.
 */
class ErrorCodeTranslationTest {

    private static final Pattern CODE = Pattern.compile("[a-z]+(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    private static List<ErrorCode> codes;

    /** Every {@code static ErrorCode} field of the main classes, imported once per test JVM. */
    static synchronized List<ErrorCode> allCodes() {
        if (codes == null) {
            codes = importCodes();
        }
        return codes;
    }

    private static List<ErrorCode> importCodes() {
        var found = new ArrayList<ErrorCode>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.partnerportal")
                .stream().flatMap(type -> type.getFields().stream())
                .filter(field -> field.getModifiers().contains(JavaModifier.STATIC)
                        && field.getRawType().isEquivalentTo(ErrorCode.class))
                .forEach(field -> {
                    try {
                        var reflected = field.reflect();
                        reflected.setAccessible(true);
                        found.add((ErrorCode) reflected.get(null));
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(field.getFullName() + " is not readable", e);
                    }
                });
        return List.copyOf(found);
    }

    @Test
    void codesAreFoundUniqueAndWellFormed() {
        var codes = allCodes();
        assertThat(codes).as("error codes found on the class path").isNotEmpty();
        var seen = new HashSet<String>();
        for (var code : codes) {
            assertThat(code.code()).as(code + " is lower-case, dot-separated, feature first").matches(CODE);
            assertThat(seen.add(code.code())).as("code %s declared twice", code.code()).isTrue();
        }
    }

    @Test
    void everyCodeHasAMessageInEveryLanguage() throws IOException {
        var codes = allCodes();
        for (var locale : SupportedLanguages.LOCALES) {
            var keys = new HashSet<String>();
            for (var bundle : PortalI18NProvider.bundleNames()) {
                var file = locale.equals(SupportedLanguages.ENGLISH) ? bundle + ".properties"
                        : bundle + "_" + locale.getLanguage() + ".properties";
                keys.addAll(load(file).stringPropertyNames());
            }
            for (var code : codes) {
                assertThat(keys).as("%s has no %s text", code.code(), locale).contains(code.messageKey());
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (var in = ErrorCodeTranslationTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
