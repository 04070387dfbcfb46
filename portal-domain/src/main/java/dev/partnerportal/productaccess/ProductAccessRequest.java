package dev.partnerportal.productaccess;

import dev.partnerportal.shared.OrganizationId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A request as partners and staff see it; {@code expiresOn} is set once approved, {@code rejectionReason} once rejected. */
public record ProductAccessRequest(ProductAccessId id, OrganizationId organization, String organizationName,
                                   ProductAccessKind kind, String product, String purpose, String people,
                                   ProductAccessStatus status, Instant requestedAt, @Nullable LocalDate expiresOn,
                                   @Nullable String rejectionReason) {

    /** The longest reason for a rejection. */
    public static final int REASON_MAX_LENGTH = 1000;
}
