package dev.partnerportal.security;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.shared.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Writes logins, failed logins and logouts to the audit log, with the address they came from. */
@Component
class AuthenticationAudit {

    private final AuditTrail audit;

    AuthenticationAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        record(AuditAction.LOGIN_SUCCEEDED, event.getAuthentication());
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        record(AuditAction.LOGIN_FAILED, event.getAuthentication());
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        record(AuditAction.LOGOUT, event.getAuthentication());
    }

    private void record(AuditAction action, Authentication authentication) {
        var caller = authentication.getPrincipal() instanceof Caller.Source source ? source.caller() : null;
        var actor = caller != null ? caller.username() : authentication.getName();
        audit.record(action, actor, caller == null ? null : caller.organizationId(), null,
                remoteAddress(authentication.getDetails()));
    }

    private static @Nullable String remoteAddress(@Nullable Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
