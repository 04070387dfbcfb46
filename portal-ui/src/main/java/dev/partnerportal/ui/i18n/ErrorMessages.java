package dev.partnerportal.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import dev.partnerportal.shared.RuleViolation;
import java.util.Locale;

/**
 * The one place a {@link RuleViolation} becomes text for people: the translation of {@code error.<code>}
 * with the violation's arguments, in the reader's language. The UI's notices and the API's problem details
 * both read it from here, so a refusal says the same thing everywhere.
 */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    public static String text(I18NProvider translations, RuleViolation violation, Locale locale) {
        return translations.getTranslation(violation.error().messageKey(), locale, violation.arguments());
    }
}
