package dev.partnerportal.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * All user-facing text comes from {@code i18n/messages*.properties} (UTF-8). A language's bundle falls back
 * to English key by key, never to the JVM's default locale, so a half-translated page stays readable.
 */
@Component
public class PortalI18NProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(PortalI18NProvider.class);
    static final String BUNDLE = "i18n/messages";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return SupportedLanguages.LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        var bundleLocale = SupportedLanguages.bestMatch(locale);
        try {
            var pattern = bundle(bundleLocale).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, bundleLocale).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation key '{}' for {}", key, bundleLocale);
            return "!" + key + "!";
        }
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE);
    }
}
