package dev.partnerportal.identity;

import dev.partnerportal.shared.EmailAddresses;
import dev.partnerportal.activity.ActivityRecorder;
import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.shared.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audits sign-ins, failed sign-ins, lockouts and sign-outs. A failure names the account only when the
 * account exists: whatever else was typed into the login field (often a password) is never stored. A sign-in
 * is also recorded as activity (by ids only).
 */
@Service
public class LoginAudit {

    static final String UNKNOWN_LOGIN = "unknown login name";

    private final PortalUsers users;
    private final AuditTrail audit;
    private final ActivityRecorder activity;

    LoginAudit(PortalUsers users, AuditTrail audit, ActivityRecorder activity) {
        this.users = users;
        this.audit = audit;
        this.activity = activity;
    }

    /** Open to anonymous callers: it runs while a sign-in is being decided. */
    @PreAuthorize("permitAll()")
    public void succeeded(Caller caller, @Nullable String remoteAddress) {
        audit.record(AuditAction.LOGIN_SUCCEEDED, caller.username(), caller.organizationId(), null, remoteAddress);
        activity.signedIn(caller);
    }

    /** Open to anonymous callers: failed sign-ins are by definition anonymous. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public void failed(String typedLogin, @Nullable String remoteAddress) {
        recordAgainstAccount(AuditAction.LOGIN_FAILED, typedLogin, null, remoteAddress);
    }

    @PreAuthorize("permitAll()")
    public void signedOut(Caller caller, @Nullable String remoteAddress) {
        audit.record(AuditAction.LOGOUT, caller.username(), caller.organizationId(), null, remoteAddress);
    }

    @Transactional(readOnly = true)
    void locked(String typedLogin, String detail) {
        recordAgainstAccount(AuditAction.ACCOUNT_LOCKED, typedLogin, detail, null);
    }

    /** One address failed too often, whatever logins it tried: recorded without an account. */
    void addressLocked(String detail, @Nullable String remoteAddress) {
        audit.record(AuditAction.ACCOUNT_LOCKED, null, null, detail, remoteAddress);
    }

    private void recordAgainstAccount(AuditAction action, String typedLogin, @Nullable String detail,
                                      @Nullable String remoteAddress) {
        var account = users.findByEmail(EmailAddresses.loginKey(typedLogin));
        if (account.isPresent()) {
            var user = account.get();
            audit.record(action, user.getEmail(), user.getOrganization(), detail, remoteAddress);
        } else {
            audit.record(action, null, null, detail == null ? UNKNOWN_LOGIN : UNKNOWN_LOGIN + "; " + detail,
                    remoteAddress);
        }
    }
}
