package dev.partnerportal.ui.error;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.ui.layout.Notices;

/**
 * Failures inside click handlers and other UI events end in a notification. A refused request
 * ({@link RuleViolation}) is not a failure: it shows its translated message and is not logged as an incident,
 * so views need not catch it unless they show it next to a field. Anything else gets a reference the user
 * can quote; the details go to the log only.
 */
@org.springframework.stereotype.Component
class UiErrorHandling implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            if (refusal(error.getThrowable()) instanceof RuleViolation violation) {
                error.getComponent().flatMap(Component::getUI).ifPresent(ui -> ui.access(() -> Notices.refused(violation)));
                return;
            }
            var reference = Incidents.log(error.getThrowable());
            error.getComponent().flatMap(Component::getUI).ifPresent(ui -> ui.access(() -> {
                Notices.error(ui.getTranslation("error.message", reference));
            }));
        }));
    }

    /** Vaadin wraps listener failures; the refusal is the innermost cause that is a {@link RuleViolation}. */
    private static Throwable refusal(Throwable thrown) {
        for (var cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation) {
                return cause;
            }
        }
        return thrown;
    }
}
