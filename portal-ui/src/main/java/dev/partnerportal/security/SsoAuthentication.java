package dev.partnerportal.security;

import dev.partnerportal.identity.PortalPrincipal;
import java.io.Serial;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A session signed in through an identity provider: the portal principal, as for a password sign-in, plus what
 * RP-initiated logout needs (the provider's registration and the ID token to hint with).
 */
final class SsoAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final PortalPrincipal principal;
    private final String registrationId;
    private final String idToken;

    SsoAuthentication(PortalPrincipal principal, String registrationId, String idToken, Object details) {
        super(principal.getAuthorities());
        this.principal = principal;
        this.registrationId = registrationId;
        this.idToken = idToken;
        setDetails(details);
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public PortalPrincipal getPrincipal() {
        return principal;
    }

    String registrationId() {
        return registrationId;
    }

    String idToken() {
        return idToken;
    }
}
