package dev.partnerportal.ui.notification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.partnerportal.notification.Unsubscribes;
import dev.partnerportal.shared.RuleViolation;

/**
 * Where the unsubscribe link of a notification mail leads, without a login: it says what the link stops and stops
 * it when the person confirms (opening the page alone changes nothing, so link checkers cannot unsubscribe anyone).
 * Mail programs use the one-click POST address instead (RFC 8058).
 */
@Route(value = "unsubscribe/:token", autoLayout = false)
@AnonymousAllowed
public class UnsubscribeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Unsubscribes unsubscribes;

    UnsubscribeView(Unsubscribes unsubscribes) {
        this.unsubscribes = unsubscribes;
        addClassNames("portal-page", "portal-unsubscribe");
        setId("unsubscribe");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var token = event.getRouteParameters().get("token").orElse("");
        add(new H2(getTranslation("notification.unsubscribe.heading")));
        try {
            var scope = unsubscribes.describe(token);
            var what = scope.kind() != null ? getTranslation("notification.kind." + scope.kind().name())
                    : getTranslation("notification.channel." + scope.digest().name());
            var question = new Paragraph(getTranslation("notification.unsubscribe.question", what));
            question.setId("unsubscribe-question");
            var confirm = new Button(getTranslation("notification.unsubscribe.confirm"));
            confirm.setId("unsubscribe-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.addClickListener(click -> {
                unsubscribes.unsubscribe(token);
                var done = new Paragraph(getTranslation("notification.unsubscribe.done", what));
                done.setId("unsubscribe-done");
                question.setVisible(false);
                confirm.setVisible(false);
                add(done);
            });
            add(question, confirm);
        } catch (RuleViolation refused) {
            var invalid = new Paragraph(getTranslation("notification.unsubscribe.invalid"));
            invalid.setId("unsubscribe-invalid");
            add(invalid);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.unsubscribe.pageTitle");
    }
}
