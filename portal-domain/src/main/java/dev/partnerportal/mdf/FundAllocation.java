package dev.partnerportal.mdf;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * One partner's budget for one quarter. Reservations are never made on this object: they go through
 * {@link FundAllocations#reserve}, a conditional update that the database applies only while enough is free.
 */
@Entity
@Table(name = "mdf_allocation")
class FundAllocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "fiscal_quarter", nullable = false, length = 7)
    private String quarter;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal reserved;

    @Column(nullable = false, length = 3)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String currency;

    @Version
    private long version;

    protected FundAllocation() {
    }

    FundAllocation(long organizationId, FiscalQuarter quarter, BigDecimal amount, String currency) {
        this.organizationId = organizationId;
        this.quarter = quarter.toString();
        this.amount = amount;
        this.reserved = BigDecimal.ZERO.setScale(2);
        this.currency = currency;
    }

    /** A new amount (and currency while nothing is reserved); never below what is reserved. */
    void change(BigDecimal newAmount, String newCurrency) {
        if (newAmount.compareTo(reserved) < 0) {
            throw new dev.partnerportal.shared.RuleViolation(MdfError.AMOUNT_BELOW_RESERVED, reserved.toPlainString());
        }
        if (!newCurrency.equals(currency) && reserved.signum() != 0) {
            throw new dev.partnerportal.shared.RuleViolation(MdfError.CURRENCY_LOCKED);
        }
        this.amount = newAmount;
        this.currency = newCurrency;
    }

    AllocationView view(String organizationName) {
        return new AllocationView(id, organizationId, organizationName, FiscalQuarter.parse(quarter), amount, reserved,
                amount.subtract(reserved), currency);
    }

    Long getId() {
        return id;
    }

    long getOrganizationId() {
        return organizationId;
    }

    FiscalQuarter getQuarter() {
        return FiscalQuarter.parse(quarter);
    }

    BigDecimal getAmount() {
        return amount;
    }

    BigDecimal getReserved() {
        return reserved;
    }

    BigDecimal free() {
        return amount.subtract(reserved);
    }

    String getCurrency() {
        return currency;
    }
}
