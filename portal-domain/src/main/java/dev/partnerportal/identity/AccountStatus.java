package dev.partnerportal.identity;

import dev.partnerportal.shared.UserId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Whether an account may still act: checked on every web request so deactivation takes effect at once. */
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
}
