package dev.partnerportal.ui.error;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Failures inside click handlers and other UI events end in a notification with a reference the user can
 * quote; the details go to the log only.
 */
@org.springframework.stereotype.Component
class UiErrorHandling implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            var reference = Incidents.log(error.getThrowable());
            error.getComponent().flatMap(Component::getUI).ifPresent(ui -> ui.access(() -> {
                var notification = Notification.show(ui.getTranslation("error.message", reference), 8000,
                        Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }));
        }));
    }
}
