package dev.partnerportal.tier;

import dev.partnerportal.partner.PartnerTier;
import dev.partnerportal.shared.RuleViolation;
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
import org.jspecify.annotations.Nullable;

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

    @Column(name = "certification_code", length = 60)
    private @Nullable String certificationCode;

    protected TierRequirement() {
    }

    TierRequirement(PartnerTier tier, RequirementKind kind, int minimum, @Nullable String certificationCode) {
        if ((kind == RequirementKind.CERTIFIED_MEMBERS) != (certificationCode != null && !certificationCode.isBlank())) {
            throw new RuleViolation(TierError.CERTIFICATION_MISMATCH);
        }
        this.tier = tier;
        this.kind = kind;
        this.certificationCode = certificationCode == null ? null : certificationCode.strip();
        setMinimum(minimum);
    }

    void setMinimum(int minimum) {
        if (minimum < TierRule.Requirement.MIN_MINIMUM || minimum > TierRule.Requirement.MAX_MINIMUM) {
            throw new RuleViolation(TierError.MINIMUM_OUT_OF_RANGE, TierRule.Requirement.MIN_MINIMUM, TierRule.Requirement.MAX_MINIMUM);
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

    public @Nullable String getCertificationCode() {
        return certificationCode;
    }
}
