package dev.partnerportal.ui.identity;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.partnerportal.identity.Invitations;
import java.util.Optional;

/** Where an invitation link leads: choose a password and the account becomes active. */
@Route(value = "invitation", autoLayout = false)
@AnonymousAllowed
public class InvitationView extends OneTimeLinkView {

    private final Invitations invitations;

    InvitationView(Invitations invitations) {
        super("invitation", "invitation.heading", "invitation.activate", "invitation.pageTitle", "activated");
        this.invitations = invitations;
    }

    @Override
    Optional<String> introduction(String token) {
        return invitations.describe(token).map(details -> details.organizationName() == null
                ? getTranslation("invitation.introStaff", details.displayName(),
                        getTranslation("role." + details.role().name()), details.email())
                : getTranslation("invitation.intro", details.displayName(), details.organizationName(), details.email()));
    }

    @Override
    void redeem(String token, String password) {
        invitations.accept(token, password);
    }
}
