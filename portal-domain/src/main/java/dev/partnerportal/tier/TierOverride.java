package dev.partnerportal.tier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
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

    /** A program tier of the partner feature, referred to by id. */
    @Column(name = "tier_id", nullable = false)
    private Long tierId;

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

    TierOverride(Long organizationId, long tierId, String reason, LocalDate expiresOn, Long setBy, Instant setAt) {
        this.organizationId = organizationId;
        this.tierId = tierId;
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

    long tierId() {
        return tierId;
    }

    String reason() {
        return reason;
    }

    LocalDate expiresOn() {
        return expiresOn;
    }
}
