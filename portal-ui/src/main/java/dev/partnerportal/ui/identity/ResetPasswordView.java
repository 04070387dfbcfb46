package dev.partnerportal.ui.identity;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.partnerportal.identity.PasswordResets;
import java.util.Optional;

/** Where a password-reset link leads. */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends OneTimeLinkView {

    private final PasswordResets resets;

    ResetPasswordView(PasswordResets resets) {
        super("reset-password", "reset.heading", "reset.submit", "reset.pageTitle", "reset");
        this.resets = resets;
    }

    @Override
    Optional<String> introduction(String token) {
        return resets.isUsable(token) ? Optional.of("") : Optional.empty();
    }

    @Override
    void redeem(String token, String password) {
        resets.reset(token, password);
    }
}
