package dev.partnerportal.ui.notification;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import dev.partnerportal.notification.NotificationEntry;
import dev.partnerportal.notification.Notifications;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The notification centre: the caller's newest notifications, newest first, each linking to its thing (opening
 * one marks it read), with "mark read" per entry and "mark all read".
 */
class NotificationCentre extends Dialog {

    static final int SHOWN = 30;

    private final Notifications notifications;
    private final Div list = new Div();

    NotificationCentre(Notifications notifications) {
        this.notifications = notifications;
        setId("notification-centre");
        setHeaderTitle(getTranslation("notification.centre.title"));
        addClassName("portal-notification-centre");
        list.setId("notification-list");
        list.addClassName("portal-notification-list");
        var markAll = new Button(getTranslation("notification.centre.markAllRead"), click -> {
            notifications.markAllRead();
            show();
        });
        markAll.setId("notification-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var preferences = new RouterLink(getTranslation("notification.centre.preferences"), NotificationPreferencesView.class);
        preferences.setId("notification-preferences-link");
        preferences.getElement().addEventListener("click", event -> close());
        var close = new Button(getTranslation("notification.centre.close"), click -> close());
        close.setId("notification-close");
        getHeader().add(markAll);
        getFooter().add(preferences, close);
        add(list);
        show();
    }

    private void show() {
        list.removeAll();
        var entries = notifications.mine(SHOWN);
        if (entries.isEmpty()) {
            var none = new Paragraph(getTranslation("notification.centre.none"));
            none.setId("notification-none");
            list.add(none);
        }
        entries.forEach(entry -> list.add(row(entry)));
    }

    /** Goes to a portal path; a query (as in {@code /applications?application=7}) is passed as query parameters. */
    static void navigateTo(String link) {
        var path = link.substring(1);
        int query = path.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(path);
        } else {
            UI.getCurrent().navigate(path.substring(0, query), QueryParameters.fromString(path.substring(query + 1)));
        }
    }

    private Div row(NotificationEntry entry) {
        var kind = new Span(getTranslation("notification.kind." + entry.kind().name()));
        kind.addClassName("portal-notification-kind");
        // Opening the thing marks the notification read, then goes there inside the application.
        var link = new Button(entry.subject(), click -> {
            notifications.markRead(entry.id());
            close();
            navigateTo(entry.link());
        });
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        link.addClassName("portal-notification-subject");
        var when = new Span(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone()).format(entry.createdAt()));
        when.addClassName("portal-notification-when");
        var row = new Div(kind, link, when);
        row.addClassName("portal-notification");
        row.getElement().setAttribute("data-notification", Long.toString(entry.id().value()));
        if (entry.unread()) {
            row.addClassName("portal-notification-unread");
            var markRead = new Button(getTranslation("notification.centre.markRead"), click -> {
                notifications.markRead(entry.id());
                show();
            });
            markRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            markRead.addClassName("portal-notification-mark-read");
            row.add(markRead);
        }
        return row;
    }

    private static ZoneId zone() {
        return ZoneId.systemDefault();
    }
}
