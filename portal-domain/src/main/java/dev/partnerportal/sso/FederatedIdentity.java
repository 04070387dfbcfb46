package dev.partnerportal.sso;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A person as an identity provider vouched for them in a validated ID token (signature, issuer, audience, expiry
 * and nonce already checked by the OAuth2 client).
 *
 * @param registrationId which provider registration the sign-in went through
 * @param claims         the ID token's and user info's claims, for e-mail verification and group mapping
 */
public record FederatedIdentity(String registrationId, String issuer, String subject, @Nullable String email,
                                @Nullable String displayName, Map<String, Object> claims) {

    /** True only when the provider says it verified the e-mail address. */
    public boolean emailVerified() {
        var verified = claims.get("email_verified");
        return Boolean.TRUE.equals(verified) || "true".equals(verified);
    }
}
