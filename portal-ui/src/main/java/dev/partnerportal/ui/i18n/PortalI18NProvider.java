package dev.partnerportal.ui.i18n;

import com.ibm.icu.text.MessageFormat;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * All user-facing text comes from the UTF-8 bundles under {@code i18n/}: {@code messages.properties} for the
 * application frame and one bundle per feature ({@code i18n/<feature>.properties}), each with the same keys
 * in every offered language ({@code <feature>_ar.properties}, ...). A language falls back to English key by
 * key, never to the JVM's default locale, so a half-translated page stays readable.
 *
 * <p>Patterns are ICU message formats: a text that counts something says so with
 * {@code {0, plural, one {# item} other {# items}}}, and each language uses the plural categories it has
 * (Arabic six, Korean and Vietnamese one). Numbers inside a message follow the language's own formats.
 */
@Component
public class PortalI18NProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(PortalI18NProvider.class);
    private static final Pattern BASE_BUNDLE = Pattern.compile("([a-z][a-z0-9-]*)\\.properties");
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> bundles = bundleNames();

    @Override
    public List<Locale> getProvidedLocales() {
        return SupportedLanguages.LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        var bundleLocale = SupportedLanguages.bestMatch(locale);
        for (var name : bundles) {
            var bundle = ResourceBundle.getBundle(name, bundleLocale, NO_DEFAULT_LOCALE);
            if (bundle.containsKey(key)) {
                var pattern = bundle.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, bundleLocale)
                        .format(LocaleFormats.arguments(params, bundleLocale));
            }
        }
        log.warn("Missing translation key '{}' for {}", key, bundleLocale);
        return "!" + key + "!";
    }

    /** The base names of all bundles under {@code i18n/} (files without a language suffix). */
    public static List<String> bundleNames() {
        try {
            var names = new TreeSet<String>();
            for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
                var matcher = BASE_BUNDLE.matcher(Objects.requireNonNull(resource.getFilename()));
                if (matcher.matches()) {
                    names.add("i18n/" + matcher.group(1));
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the translation bundles", e);
        }
    }
}
