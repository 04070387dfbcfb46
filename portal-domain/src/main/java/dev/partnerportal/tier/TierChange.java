package dev.partnerportal.tier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A recorded tier change: from, to, why, by whom (nobody when the evaluation decided). */
@Entity
@Table(name = "tier_change")
class TierChange {

    public static final int REASON_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    /** Program tiers of the partner feature, referred to by id. */
    @Column(name = "from_tier_id", nullable = false)
    private Long fromTierId;

    @Column(name = "to_tier_id", nullable = false)
    private Long toTierId;

    @Column(nullable = false, length = REASON_MAX_LENGTH)
    private String reason;

    @Column(name = "changed_by")
    private @Nullable Long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected TierChange() {
    }

    TierChange(Long organizationId, long fromTierId, long toTierId, String reason, @Nullable Long changedBy,
               Instant changedAt) {
        this.organizationId = organizationId;
        this.fromTierId = fromTierId;
        this.toTierId = toTierId;
        this.reason = reason.length() > REASON_MAX_LENGTH ? reason.substring(0, REASON_MAX_LENGTH) : reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public long getFromTierId() {
        return fromTierId;
    }

    public long getToTierId() {
        return toTierId;
    }

    public String getReason() {
        return reason;
    }

    public boolean isAutomatic() {
        return changedBy == null;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
