package dev.partnerportal.tier;

import dev.partnerportal.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One condition a tier demands. A tier's requirements must all be met. */
@Entity
@Table(name = "tier_requirement")
class TierRequirement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** A program tier of the partner feature, referred to by id. */
    @Column(name = "tier_id", nullable = false)
    private Long tierId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RequirementKind kind;

    @Column(nullable = false)
    private int minimum;

    @Column(name = "certification_code", length = 60)
    private @Nullable String certificationCode;

    /** The currency of a {@link RequirementKind#DEALS_WON_AMOUNT} minimum, null for every other kind. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.CHAR)
    @Column(name = "deal_currency", length = 3)
    private @Nullable String dealCurrency;

    protected TierRequirement() {
    }

    TierRequirement(long tierId, RequirementKind kind, int minimum, @Nullable String certificationCode,
                    @Nullable String dealCurrency) {
        this(tierId, kind, minimum, certificationCode);
        if ((kind == RequirementKind.DEALS_WON_AMOUNT) != (dealCurrency != null && !dealCurrency.isBlank())) {
            throw new RuleViolation(TierError.DEAL_CURRENCY_MISMATCH);
        }
        this.dealCurrency = dealCurrency == null ? null : dealCurrency.strip().toUpperCase(java.util.Locale.ROOT);
    }

    TierRequirement(long tierId, RequirementKind kind, int minimum, @Nullable String certificationCode) {
        if ((kind == RequirementKind.CERTIFIED_MEMBERS) != (certificationCode != null && !certificationCode.isBlank())) {
            throw new RuleViolation(TierError.CERTIFICATION_MISMATCH);
        }
        this.tierId = tierId;
        this.kind = kind;
        this.certificationCode = certificationCode == null ? null : certificationCode.strip();
        setMinimum(minimum);
    }

    void setMinimum(int minimum) {
        if (kind == RequirementKind.DEALS_WON_AMOUNT) {
            if (minimum < TierRule.Requirement.MIN_MINIMUM || minimum > TierRule.Requirement.MAX_AMOUNT_MINIMUM) {
                throw new RuleViolation(TierError.MINIMUM_OUT_OF_RANGE, TierRule.Requirement.MIN_MINIMUM,
                        TierRule.Requirement.MAX_AMOUNT_MINIMUM);
            }
            this.minimum = minimum;
            return;
        }
        if (minimum < TierRule.Requirement.MIN_MINIMUM || minimum > TierRule.Requirement.MAX_MINIMUM) {
            throw new RuleViolation(TierError.MINIMUM_OUT_OF_RANGE, TierRule.Requirement.MIN_MINIMUM, TierRule.Requirement.MAX_MINIMUM);
        }
        this.minimum = kind == RequirementKind.ONBOARDING_COMPLETE ? 1 : minimum;
    }

    public long getTierId() {
        return tierId;
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

    public @Nullable String getDealCurrency() {
        return dealCurrency;
    }
}
