package dev.partnerportal.ui.sso;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import dev.partnerportal.sso.SsoSignIn;
import java.util.Set;

/**
 * The login page's single sign-on part: a button per staff provider, and "Sign in with your company account",
 * which finds the organization's provider from the e-mail domain and goes there. After a refused provider
 * sign-in ({@code ?sso=<reason>}) it says why.
 */
public class SsoLoginPanel extends Div implements AfterNavigationObserver {

    /** Reasons the login page explains; any other value gets the general message. */
    static final Set<String> REASONS = Set.of("email-unverified", "domain-not-allowed", "other-organization",
            "no-staff-role", "link-required", "account-disabled", "issuer-mismatch", "provider-refused",
            "password-disabled");

    final EmailField email = new EmailField();
    final Button proceed = new Button();
    final Paragraph refusal = new Paragraph();
    private final SsoSignIn signIn;

    public SsoLoginPanel(SsoSignIn signIn) {
        this.signIn = signIn;
        addClassName("portal-sso-login");
        setId("sso-login");
        refusal.setId("sso-refusal");
        refusal.addClassName("portal-sso-refusal");
        refusal.setVisible(false);
        add(refusal);

        var separator = new Span(getTranslation("sso.login.or"));
        separator.addClassName("portal-sso-separator");
        add(separator);

        email.setLabel(getTranslation("sso.login.company"));
        email.setPlaceholder(getTranslation("sso.login.email"));
        email.setId("sso-email");
        email.setWidthFull();
        proceed.setText(getTranslation("sso.login.continue"));
        proceed.setId("sso-continue");
        proceed.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        proceed.addClickListener(click -> goToProvider());
        email.addKeyDownListener(com.vaadin.flow.component.Key.ENTER, enter -> goToProvider());
        var company = new Div(email, proceed);
        company.addClassName("portal-sso-company");
        add(company);

        for (var provider : signIn.staffProviders()) {
            var button = new Anchor("oauth2/authorization/" + provider.registrationId(),
                    getTranslation("sso.login.staff", provider.name()));
            // A full page load: the provider's sign-in is outside the Vaadin application.
            button.setRouterIgnore(true);
            button.setId("sso-staff-" + provider.registrationId());
            button.addClassName("portal-sso-staff");
            add(button);
        }
    }

    private void goToProvider() {
        var typed = email.getValue() == null ? "" : email.getValue().strip();
        var registration = typed.isEmpty() ? java.util.Optional.<String>empty() : signIn.registrationForEmail(typed);
        if (registration.isEmpty()) {
            email.setErrorMessage(getTranslation("sso.login.noProvider"));
            email.setInvalid(true);
            return;
        }
        email.setInvalid(false);
        getUI().ifPresent(ui -> ui.getPage().setLocation("oauth2/authorization/" + registration.get()));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var reason = event.getLocation().getQueryParameters().getSingleParameter("sso").orElse(null);
        if (reason == null) {
            refusal.setVisible(false);
            return;
        }
        refusal.setText(getTranslation("sso.refused." + (REASONS.contains(reason) ? reason : "provider-refused")));
        refusal.setVisible(true);
    }
}
