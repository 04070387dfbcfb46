package dev.partnerportal.mdf;

import dev.partnerportal.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A partner's request for funds from one allocation. It guards its own status. */
@Entity
@Table(name = "mdf_fund_request")
class FundRequestRecord {

    @Id
    private UUID id;

    @Column(name = "allocation_id", nullable = false)
    private long allocationId;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type", nullable = false)
    private ActivityType activityType;

    @Column(nullable = false, length = NewFundRequest.TITLE_MAX_LENGTH)
    private String title;

    @Column(name = "activity_plan", nullable = false, length = NewFundRequest.PLAN_MAX_LENGTH)
    private String plan;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal cost;

    @Column(nullable = false, length = 3)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String currency;

    @Column(name = "expected_leads", nullable = false)
    private int expectedLeads;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FundRequestStatus status;

    @Column(name = "decision_reason")
    private @Nullable String decisionReason;

    @Column(name = "requested_by")
    private @Nullable Long requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by")
    private @Nullable Long decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Version
    private long version;

    protected FundRequestRecord() {
    }

    FundRequestRecord(FundAllocation allocation, NewFundRequest request, @Nullable Long requestedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.allocationId = allocation.getId();
        this.organizationId = allocation.getOrganizationId();
        this.activityType = request.activityType();
        this.title = request.title().strip();
        this.plan = request.plan().strip();
        this.cost = request.cost();
        this.currency = allocation.getCurrency();
        this.expectedLeads = request.expectedLeads();
        this.startsOn = request.startsOn();
        this.endsOn = request.endsOn();
        this.status = FundRequestStatus.SUBMITTED;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    void approve(@Nullable Long by, Instant at) {
        decide(FundRequestStatus.APPROVED, null, by, at);
    }

    void reject(String reason, long by, Instant at) {
        decide(FundRequestStatus.REJECTED, reason, by, at);
    }

    private void decide(FundRequestStatus next, @Nullable String reason, @Nullable Long by, Instant at) {
        if (status != FundRequestStatus.SUBMITTED) {
            throw new RuleViolation(MdfError.STATUS_CHANGE_REFUSED, status, next);
        }
        status = next;
        decisionReason = reason;
        decidedBy = by;
        decidedAt = at;
    }

    UUID getId() {
        return id;
    }

    long getAllocationId() {
        return allocationId;
    }

    long getOrganizationId() {
        return organizationId;
    }

    ActivityType getActivityType() {
        return activityType;
    }

    String getTitle() {
        return title;
    }

    String getPlan() {
        return plan;
    }

    BigDecimal getCost() {
        return cost;
    }

    String getCurrency() {
        return currency;
    }

    int getExpectedLeads() {
        return expectedLeads;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getEndsOn() {
        return endsOn;
    }

    FundRequestStatus getStatus() {
        return status;
    }

    @Nullable String getDecisionReason() {
        return decisionReason;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }
}
