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
import dev.partnerportal.identity.Invitations;

/** Where an invitation link leads: choose a password and the account becomes active. */
@Route(value = "invitation", autoLayout = false)
@AnonymousAllowed
public class InvitationView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final Invitations invitations;

    InvitationView(Invitations invitations) {
        this.invitations = invitations;
        addClassNames("portal-page", "portal-public-page");
        setId("invitation");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        add(new H1(getTranslation("invitation.heading")));
        var details = invitations.describe(token);
        if (details.isEmpty()) {
            var invalid = new Paragraph(getTranslation("link.invalid"));
            invalid.setId("link-invalid");
            add(invalid);
            return;
        }
        add(new Paragraph(getTranslation("invitation.intro", details.get().displayName(),
                details.get().organizationName(), details.get().email())));
        var form = new NewPasswordForm(getTranslation("invitation.activate"));
        form.addChosenListener(chosen -> {
            try {
                invitations.accept(token, chosen.password());
                getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("activated", "")));
            } catch (AccountLinkException e) {
                removeAll();
                add(new Paragraph(getTranslation("link.invalid")));
            }
        });
        add(form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.pageTitle");
    }
}
