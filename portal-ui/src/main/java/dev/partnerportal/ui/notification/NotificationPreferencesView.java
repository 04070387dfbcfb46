package dev.partnerportal.ui.notification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.partnerportal.notification.KindPreference;
import dev.partnerportal.notification.NotificationChannel;
import dev.partnerportal.notification.NotificationKind;
import dev.partnerportal.notification.Notifications;
import dev.partnerportal.ui.layout.Notices;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every signed-in person chooses, per kind of notification, how they hear of it: in the app, by mail at once, in
 * a daily or weekly digest, or not at all. Staff kinds are listed for staff only (the service offers no others).
 */
@Route("account/notifications")
@PermitAll
public class NotificationPreferencesView extends Div implements HasDynamicTitle {

    private final Notifications notifications;
    private final Map<NotificationKind, Select<NotificationChannel>> selects = new EnumMap<>(NotificationKind.class);

    NotificationPreferencesView(Notifications notifications) {
        this.notifications = notifications;
        addClassName("portal-page");
        setId("notification-preferences");
        var table = new Div();
        table.addClassNames("portal-card", "portal-notification-preferences");
        table.getElement().setAttribute("role", "table");
        for (var preference : notifications.preferences()) {
            table.add(row(preference));
        }
        var save = new Button(getTranslation("notification.preferences.save"), click -> save());
        save.setId("notification-preferences-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("notification.preferences.heading")),
                new Paragraph(getTranslation("notification.preferences.intro")), table, save);
    }

    private Div row(KindPreference preference) {
        var kind = preference.kind();
        var label = new Span(getTranslation("notification.kind." + kind.name()));
        label.addClassName("portal-notification-preference-kind");
        var select = new Select<NotificationChannel>();
        select.setId("notification-channel-" + kind.name());
        select.setItems(NotificationChannel.values());
        select.setItemLabelGenerator(channel -> getTranslation("notification.channel." + channel.name()));
        select.setValue(preference.channel());
        select.setAriaLabel(label.getText());
        selects.put(kind, select);
        var row = new Div(label, select);
        row.addClassName("portal-notification-preference");
        row.getElement().setAttribute("role", "row");
        return row;
    }

    private void save() {
        var channels = new EnumMap<NotificationKind, NotificationChannel>(NotificationKind.class);
        selects.forEach((kind, select) -> {
            if (select.getValue() != null) {
                channels.put(kind, select.getValue());
            }
        });
        notifications.choose(channels);
        Notices.success(getTranslation("notification.preferences.saved"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.preferences.pageTitle");
    }
}
