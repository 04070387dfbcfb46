package dev.partnerportal.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One offer of a lead to one organization and how it ended; an organization is offered a lead at most once. */
@Entity
@Table(name = "sales_lead_offer")
class LeadOffer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lead_id", nullable = false)
    private UUID leadId;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "offered_at", nullable = false)
    private Instant offeredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OfferOutcome outcome;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    private @Nullable String reason;

    protected LeadOffer() {
    }

    LeadOffer(UUID leadId, long organizationId, Instant offeredAt) {
        this.leadId = leadId;
        this.organizationId = organizationId;
        this.offeredAt = offeredAt;
        this.outcome = OfferOutcome.OPEN;
    }

    void close(OfferOutcome outcome, Instant at, @Nullable String reason) {
        this.outcome = outcome;
        this.closedAt = at;
        this.reason = reason;
    }

    long getOrganizationId() {
        return organizationId;
    }

    OfferOutcome getOutcome() {
        return outcome;
    }
}
