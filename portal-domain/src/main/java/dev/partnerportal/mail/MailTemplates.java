package dev.partnerportal.mail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * The words of every mail, from the UTF-8 bundle {@code mail/templates*.properties}: {@code <key>.subject} and
 * {@code <key>.body}, in the recipient's language when there is a bundle for it, otherwise in English.
 */
@Component
public class MailTemplates {

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** A rendered subject and body. */
    public record MailText(String subject, String body) {
    }

    public MailText render(String key, Locale locale, Object... arguments) {
        var bundle = ResourceBundle.getBundle("mail/templates", locale, NO_DEFAULT_LOCALE);
        return new MailText(
                new MessageFormat(bundle.getString(key + ".subject"), locale).format(arguments),
                new MessageFormat(bundle.getString(key + ".body"), locale).format(arguments));
    }
}
