package dev.partnerportal.security;

import dev.partnerportal.identity.LoginAudit;
import dev.partnerportal.shared.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Passes Spring Security's sign-in and sign-out events to the audit log, with the address they came from. */
@Component
class AuthenticationAudit {

    private final LoginAudit audit;

    AuthenticationAudit(LoginAudit audit) {
        this.audit = audit;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof Caller.Source source) {
            audit.succeeded(source.caller(), remoteAddress(event.getAuthentication().getDetails()));
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        var typed = event.getAuthentication().getName();
        audit.failed(typed == null ? "" : typed, remoteAddress(event.getAuthentication().getDetails()));
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof Caller.Source source) {
            audit.signedOut(source.caller(), remoteAddress(event.getAuthentication().getDetails()));
        }
    }

    private static @Nullable String remoteAddress(@Nullable Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
