package dev.partnerportal.lead;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A lead as the caller may see it. Partners get only leads offered to or accepted by their organization; the
 * organization fields then name their own organization.
 */
public record LeadView(UUID id, String company, @Nullable String domain, String country, @Nullable String region,
                       @Nullable String industry, @Nullable String minimumTier, @Nullable String partnerType,
                       String contactName, String contactEmail, @Nullable String contactPhone, Set<String> products,
                       BigDecimal estimatedValue, String currency, @Nullable String notes, @Nullable UUID fundRequestId,
                       LeadStatus status, @Nullable Long organizationId, @Nullable String organizationName,
                       @Nullable Instant offerExpiresAt, @Nullable Long dealRegistrationId, Instant createdAt) {
}
