package dev.partnerportal.tier;

import dev.partnerportal.partner.PartnerTier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One condition a tier demands. A tier's requirements must all be met. */
@Entity
@Table(name = "tier_requirement")
public class TierRequirement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "tier_id")
    private PartnerTier tier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RequirementKind kind;

    @Column(nullable = false)
    private int minimum;

    protected TierRequirement() {
    }

    TierRequirement(PartnerTier tier, RequirementKind kind, int minimum) {
        this.tier = tier;
        this.kind = kind;
        setMinimum(minimum);
    }

    void setMinimum(int minimum) {
        if (minimum < 1 || minimum > 10_000) {
            throw new IllegalArgumentException("A minimum is between 1 and 10000.");
        }
        this.minimum = kind == RequirementKind.ONBOARDING_COMPLETE ? 1 : minimum;
    }

    public PartnerTier getTier() {
        return tier;
    }

    public RequirementKind getKind() {
        return kind;
    }

    public int getMinimum() {
        return minimum;
    }
}
