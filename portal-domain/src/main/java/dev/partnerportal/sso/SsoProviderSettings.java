package dev.partnerportal.sso;

import dev.partnerportal.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An organization's provider as the settings page shows it. The client secret is never part of it: only
 * whether one is stored.
 *
 * @param registrationId the id in the provider's redirect address ({@code /login/oauth2/code/{registrationId}})
 */
public record SsoProviderSettings(OrganizationId organization, String registrationId, String issuer, String clientId,
                                  boolean secretStored, List<String> domains, @Nullable String adminGroup,
                                  boolean enforced, Instant changedAt) {
}
