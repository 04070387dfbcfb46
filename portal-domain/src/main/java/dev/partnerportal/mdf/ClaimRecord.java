package dev.partnerportal.mdf;

import dev.partnerportal.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A claim for reimbursement of what an approved activity actually cost. It guards its own status. */
@Entity
@Table(name = "mdf_claim")
class ClaimRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fund_request_id", nullable = false)
    private UUID fundRequestId;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "actual_cost", nullable = false, precision = 19, scale = 2)
    private BigDecimal actualCost;

    @Column(nullable = false, length = 3)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimStatus status;

    @Column(name = "decision_reason")
    private @Nullable String decisionReason;

    @Column(name = "submitted_by")
    private @Nullable Long submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "paid_at")
    private @Nullable Instant paidAt;

    @Version
    private long version;

    protected ClaimRecord() {
    }

    ClaimRecord(FundRequestRecord request, BigDecimal actualCost, @Nullable Long submittedBy, Instant now) {
        this.fundRequestId = request.getId();
        this.organizationId = request.getOrganizationId();
        this.actualCost = actualCost;
        this.currency = request.getCurrency();
        this.status = ClaimStatus.SUBMITTED;
        this.submittedBy = submittedBy;
        this.submittedAt = now;
    }

    void move(ClaimStatus next, @Nullable String reason, Instant at) {
        if (!status.mayMoveTo(next)) {
            throw new RuleViolation(MdfError.STATUS_CHANGE_REFUSED, status, next);
        }
        status = next;
        if (next == ClaimStatus.PAID) {
            paidAt = at;
        } else {
            decidedAt = at;
            decisionReason = reason;
        }
    }

    Long getId() {
        return id;
    }

    UUID getFundRequestId() {
        return fundRequestId;
    }

    long getOrganizationId() {
        return organizationId;
    }

    BigDecimal getActualCost() {
        return actualCost;
    }

    String getCurrency() {
        return currency;
    }

    ClaimStatus getStatus() {
        return status;
    }

    @Nullable String getDecisionReason() {
        return decisionReason;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    @Nullable Instant getPaidAt() {
        return paidAt;
    }
}
