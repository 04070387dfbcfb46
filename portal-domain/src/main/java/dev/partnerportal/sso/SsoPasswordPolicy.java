package dev.partnerportal.sso;

import dev.partnerportal.identity.PasswordSignInPolicy;
import dev.partnerportal.shared.OrganizationId;
import org.springframework.stereotype.Component;

/** Organizations that enforce single sign-on take no passwords. */
@Component
class SsoPasswordPolicy implements PasswordSignInPolicy {

    private final SsoConnections connections;

    SsoPasswordPolicy(SsoConnections connections) {
        this.connections = connections;
    }

    @Override
    public boolean allowsPassword(OrganizationId organization) {
        return connections.findByOrganizationId(organization.value()).map(c -> !c.isEnforced()).orElse(true);
    }
}
