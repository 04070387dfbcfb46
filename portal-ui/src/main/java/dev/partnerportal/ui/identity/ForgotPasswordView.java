package dev.partnerportal.ui.identity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.partnerportal.identity.PasswordResets;
import dev.partnerportal.shared.EmailAddresses;

/** Ask for a reset link. The answer is the same whether or not the address has an account. */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends Div implements HasDynamicTitle {

    ForgotPasswordView(PasswordResets resets) {
        addClassNames("portal-page", "portal-public-page");
        setId("forgot-password");
        var email = new EmailField(getTranslation("login.username"));
        email.setMaxLength(EmailAddresses.MAX_LENGTH);
        email.setRequiredIndicatorVisible(true);
        email.setId("reset-email");
        var sent = new Paragraph(getTranslation("forgot.sent"));
        sent.setId("reset-sent");
        sent.setVisible(false);
        var send = new Button(getTranslation("forgot.submit"), click -> {
            if (email.getValue().isBlank() || email.isInvalid()) {
                email.setErrorMessage(getTranslation("apply.emailInvalid"));
                email.setInvalid(true);
                return;
            }
            resets.request(email.getValue());
            sent.setVisible(true);
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("reset-submit");
        add(new H1(getTranslation("forgot.heading")), new Paragraph(getTranslation("forgot.intro")), email, send, sent,
                new Anchor("login", getTranslation("forgot.back")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.pageTitle");
    }
}
