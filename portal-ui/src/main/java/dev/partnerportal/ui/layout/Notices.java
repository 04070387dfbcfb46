package dev.partnerportal.ui.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinService;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.ui.i18n.ErrorMessages;

/**
 * The portal's one way to tell a person something happened: a success, an error (already translated), or a
 * refused request ({@link RuleViolation}, translated here). Same place, length and look on every page.
 * Callers pass translated text; this class never builds sentences.
 */
public final class Notices {

    static final int SUCCESS_MILLIS = 5000;
    static final int ERROR_MILLIS = 8000;

    private Notices() {
    }

    /** Something the person asked for was done. */
    public static Notification success(String text) {
        return show(text, SUCCESS_MILLIS, NotificationVariant.LUMO_SUCCESS);
    }

    /** Nothing went wrong, but it could not be done now: try again shortly. */
    public static Notification warning(String text) {
        return show(text, SUCCESS_MILLIS, NotificationVariant.LUMO_WARNING);
    }

    /** Something went wrong or was refused; {@code text} is already translated. */
    public static Notification error(String text) {
        return show(text, ERROR_MILLIS, NotificationVariant.LUMO_ERROR);
    }

    /** A request the domain refused, in the current UI's language. */
    public static Notification refused(RuleViolation violation) {
        return error(message(violation));
    }

    /** The translated text of a refusal, for showing next to a field instead of in a notice. */
    public static String message(RuleViolation violation) {
        var ui = UI.getCurrent();
        var translations = VaadinService.getCurrent().getInstantiator().getI18NProvider();
        return ErrorMessages.text(translations, violation, ui != null ? ui.getLocale() : java.util.Locale.ENGLISH);
    }

    private static Notification show(String text, int millis, NotificationVariant variant) {
        var notification = Notification.show(text, millis, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(variant);
        return notification;
    }
}
