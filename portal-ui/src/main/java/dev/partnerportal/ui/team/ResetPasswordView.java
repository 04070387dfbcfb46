package dev.partnerportal.ui.team;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.partnerportal.identity.AccountLinkException;
import dev.partnerportal.identity.PasswordResets;

/** Where a password-reset link leads. */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final PasswordResets resets;

    ResetPasswordView(PasswordResets resets) {
        this.resets = resets;
        addClassNames("portal-page", "portal-public-page");
        setId("reset-password");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        add(new H1(getTranslation("reset.heading")));
        if (!resets.isUsable(token)) {
            var invalid = new Paragraph(getTranslation("link.invalid"));
            invalid.setId("link-invalid");
            add(invalid);
            return;
        }
        var form = new NewPasswordForm(getTranslation("reset.submit"));
        form.addChosenListener(chosen -> {
            try {
                resets.reset(token, chosen.password());
                getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("reset", "")));
            } catch (AccountLinkException e) {
                removeAll();
                add(new Paragraph(getTranslation("link.invalid")));
            }
        });
        add(form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.pageTitle");
    }
}
