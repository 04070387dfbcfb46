package dev.partnerportal.mail;

import dev.partnerportal.shared.PortalLanguages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The words of every mail, from the UTF-8 bundle {@code mail/templates*.properties}: {@code <key>.subject} and
 * {@code <key>.body}, in the recipient's language when the portal speaks it ({@link PortalLanguages}), otherwise
 * in English. Numbers in the arguments are formatted for the recipient's locale; callers format dates themselves
 * with the same locale. {@code word.*} keys are single words a sender fills in (a role's name, for instance).
 */
@Component
public class MailTemplates {

    static final String BUNDLE = "mail/templates";

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** A rendered subject and body, and the portal language ({@code "ko"}) they are written in. */
    public record MailText(String subject, String body, String language) {
    }

    /**
     * Renders {@code key} for a recipient who prefers {@code locale} (null: no preference, English). The
     * recipient's full locale, region included, formats the numbers.
     */
    public MailText render(String key, @Nullable Locale locale, Object... arguments) {
        var language = PortalLanguages.resolve(locale);
        var formatting = PortalLanguages.formatting(locale);
        var bundle = bundle(language);
        return new MailText(
                new MessageFormat(bundle.getString(key + ".subject"), formatting).format(arguments),
                new MessageFormat(bundle.getString(key + ".body"), formatting).format(arguments),
                language.getLanguage());
    }

    /** The word {@code word.<key>} in the recipient's language, for filling into a template. */
    public String word(String key, @Nullable Locale locale) {
        return bundle(PortalLanguages.resolve(locale)).getString("word." + key);
    }

    private static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, language, NO_DEFAULT_LOCALE);
    }
}
