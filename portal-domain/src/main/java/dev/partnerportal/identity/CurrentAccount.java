package dev.partnerportal.identity;

import dev.partnerportal.shared.CallerContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Loads the caller's own account record. */
@Component
class CurrentAccount {

    private final CallerContext callers;
    private final PortalUsers users;

    CurrentAccount(CallerContext callers, PortalUsers users) {
        this.callers = callers;
        this.users = users;
    }

    PortalUser requireUser() {
        var caller = callers.require();
        return users.findById(caller.userId().value())
                .filter(PortalUser::isEnabled)
                .orElseThrow(() -> new AccessDeniedException("account no longer active"));
    }
}
