package dev.partnerportal.tier;

import dev.partnerportal.partner.PartnerTier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A manual tier for one organization until a date, whatever the requirements say. */
@Entity
@Table(name = "tier_override")
class TierOverride {

    @Id
    @Column(name = "organization_id")
    private Long organizationId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "tier_id")
    private PartnerTier tier;

    @Column(nullable = false, length = TierChange.REASON_MAX_LENGTH)
    private String reason;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "set_by", nullable = false)
    private Long setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected TierOverride() {
    }

    TierOverride(Long organizationId, PartnerTier tier, String reason, LocalDate expiresOn, Long setBy, Instant setAt) {
        this.organizationId = organizationId;
        this.tier = tier;
        this.reason = reason;
        this.expiresOn = expiresOn;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    boolean activeOn(LocalDate day) {
        return !day.isAfter(expiresOn);
    }

    Long organizationIdValue() {
        return organizationId;
    }

    PartnerTier tier() {
        return tier;
    }

    String reason() {
        return reason;
    }

    LocalDate expiresOn() {
        return expiresOn;
    }
}
