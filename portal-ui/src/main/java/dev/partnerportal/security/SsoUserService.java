package dev.partnerportal.security;

import dev.partnerportal.identity.PortalPrincipal;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.sso.FederatedIdentity;
import dev.partnerportal.sso.SsoSignIn;
import java.util.HashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * After the OAuth2 client validated the ID token (signature, issuer, audience, expiry, nonce), asks the portal who
 * the person is. A refusal becomes an {@link OAuth2AuthenticationException} whose description is the portal's error
 * code, so the login page can say why.
 */
class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The OAuth2 error code of a refusal by the portal's own rules (as opposed to the provider's answer). */
    static final String PORTAL_REFUSED = "portal_refused";

    private final OidcUserService provided = new OidcUserService();
    private final SsoSignIn signIn;

    SsoUserService(SsoSignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var user = provided.loadUser(request);
        var claims = new HashMap<String, Object>(user.getClaims());
        var identity = new FederatedIdentity(request.getClientRegistration().getRegistrationId(),
                String.valueOf(user.getIdToken().getIssuer()), user.getSubject(), user.getEmail(), user.getFullName(), claims);
        try {
            return new PortalOidcUser(user, signIn.signIn(identity, signedIn(), remoteAddress()));
        } catch (RuleViolation refused) {
            throw new OAuth2AuthenticationException(new OAuth2Error(PORTAL_REFUSED, refused.code(), null), refused);
        }
    }

    /** Who this browser session is signed in as already: a password sign-in first lets the provider link. */
    private static dev.partnerportal.shared.@Nullable Caller signedIn() {
        var current = SecurityContextHolder.getContext().getAuthentication();
        return current != null && current.isAuthenticated() && current.getPrincipal() instanceof PortalPrincipal principal
                ? principal.caller() : null;
    }

    private static @Nullable String remoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }
}
