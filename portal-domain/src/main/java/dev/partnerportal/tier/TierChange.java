package dev.partnerportal.tier;

import dev.partnerportal.partner.PartnerTier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A recorded tier change: from, to, why, by whom (nobody when the evaluation decided). */
@Entity
@Table(name = "tier_change")
public class TierChange {

    public static final int REASON_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "from_tier_id")
    private PartnerTier from;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "to_tier_id")
    private PartnerTier to;

    @Column(nullable = false, length = REASON_MAX_LENGTH)
    private String reason;

    @Column(name = "changed_by")
    private @Nullable Long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected TierChange() {
    }

    TierChange(Long organizationId, PartnerTier from, PartnerTier to, String reason, @Nullable Long changedBy,
               Instant changedAt) {
        this.organizationId = organizationId;
        this.from = from;
        this.to = to;
        this.reason = reason.length() > REASON_MAX_LENGTH ? reason.substring(0, REASON_MAX_LENGTH) : reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public PartnerTier getFrom() {
        return from;
    }

    public PartnerTier getTo() {
        return to;
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
