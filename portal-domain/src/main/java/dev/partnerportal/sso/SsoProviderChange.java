package dev.partnerportal.sso;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a partner administrator (or an administrator for them) registers.
 *
 * @param clientSecret a new secret, or blank to keep the stored one
 * @param adminGroup   the value of the provider's {@code groups} claim that makes a new account a partner
 *                     administrator; blank for none
 * @param enforced     true to end password sign-in for the organization's people
 */
public record SsoProviderChange(String issuer, String clientId, @Nullable String clientSecret, List<String> domains,
                                @Nullable String adminGroup, boolean enforced) {

    public static final int ISSUER_MAX_LENGTH = SsoConnection.ISSUER_MAX_LENGTH;
    public static final int CLIENT_ID_MAX_LENGTH = SsoConnection.CLIENT_ID_MAX_LENGTH;
    public static final int CLIENT_SECRET_MAX_LENGTH = SsoConnection.CLIENT_SECRET_MAX_LENGTH;
    public static final int ADMIN_GROUP_MAX_LENGTH = SsoConnection.ADMIN_GROUP_MAX_LENGTH;
    public static final int MAX_DOMAINS = 20;
}
