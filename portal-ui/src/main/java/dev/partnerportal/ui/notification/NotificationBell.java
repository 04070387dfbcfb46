package dev.partnerportal.ui.notification;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.partnerportal.notification.Notifications;

/**
 * The bell in the top bar: its badge counts the caller's unread notifications, a click opens the notification
 * centre. The count is read again when the bell is attached, after each navigation and after the centre closes.
 */
public class NotificationBell extends Button {

    private final Notifications notifications;
    private final Span badge = new Span();

    public NotificationBell(Notifications notifications) {
        this.notifications = notifications;
        setId("notification-bell");
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("portal-notification-bell");
        badge.setId("notification-unread");
        badge.addClassNames("portal-notification-badge");
        badge.getElement().setAttribute("aria-hidden", "true");
        setSuffixComponent(badge);
        addClickListener(click -> {
            var centre = new NotificationCentre(notifications);
            centre.addOpenedChangeListener(event -> {
                if (!event.isOpened()) {
                    refresh();
                }
            });
            centre.open();
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    /** Reads the unread count again (the layout does so after every navigation). */
    public void refresh() {
        var unread = notifications.unreadCount();
        badge.setText(unread == 0 ? "" : unread > 99 ? "99+" : Long.toString(unread));
        badge.setVisible(unread > 0);
        var label = getTranslation("notification.bell.label", unread);
        setAriaLabel(label);
        setTooltipText(label);
    }
}
