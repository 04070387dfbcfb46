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

    /**
     * True only when the provider says it verified the e-mail address: the standard {@code email_verified}, or
     * Microsoft Entra ID's optional {@code xms_edov} (the address's domain is verified by its tenant).
     */
    public boolean emailVerified() {
        return isTrue(claims.get("email_verified")) || isTrue(claims.get("xms_edov"));
    }

    private static boolean isTrue(@Nullable Object claim) {
        return Boolean.TRUE.equals(claim) || "true".equals(claim) || "1".equals(claim);
    }
}
