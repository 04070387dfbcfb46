package dev.partnerportal.identity;

import dev.partnerportal.shared.UserId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a signed-in session may still act: checked on every web request so that deactivation, a role change
 * or a password change takes effect at the next request.
 */
@Service
public class AccountStatus {

    private final PortalUsers users;

    AccountStatus(PortalUsers users) {
        this.users = users;
    }

    /** True when the account exists and is enabled. Open to all: it runs before a request is trusted. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean isActive(UserId user) {
        return users.findById(user.value()).map(PortalUser::isEnabled).orElse(false);
    }

    /**
     * True when the account is enabled and still at the security version {@code principal} was issued under:
     * no role change, deactivation or password change since. One indexed single-column read.
     * Open to all: it runs before a request is trusted.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean isCurrent(PortalPrincipal principal) {
        return users.findSecurityVersionOfEnabled(principal.caller().userId().value())
                .map(version -> version == principal.securityVersion())
                .orElse(false);
    }
}
