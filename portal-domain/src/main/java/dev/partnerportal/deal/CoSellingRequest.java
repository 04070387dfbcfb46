package dev.partnerportal.deal;

import dev.partnerportal.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A partner's request for help on a deal: open, assigned to a vendor person, then done or declined. */
@Entity
@Table(name = "deal_co_selling")
class CoSellingRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_id", nullable = false)
    private Long registrationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CoSellingKind kind;

    @Column(nullable = false, length = CoSellingView.NOTES_MAX_LENGTH)
    private String notes;

    @Column(name = "wanted_on", nullable = false)
    private LocalDate wantedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CoSellingStatus status;

    @Column(name = "requested_by")
    private @Nullable Long requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column
    private @Nullable Long assignee;

    @Column(name = "decline_reason", length = NewDeal.REASON_MAX_LENGTH)
    private @Nullable String declineReason;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CoSellingRequest() {
    }

    CoSellingRequest(long registrationId, CoSellingKind kind, String notes, LocalDate wantedOn, @Nullable Long requestedBy,
                     Instant requestedAt) {
        this.registrationId = registrationId;
        this.kind = kind;
        this.notes = notes;
        this.wantedOn = wantedOn;
        this.status = CoSellingStatus.OPEN;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.updatedAt = requestedAt;
    }

    /** Assigns (or re-assigns) an unfinished request to a vendor person. */
    void assign(long person, Instant at) {
        requireUnfinished(CoSellingStatus.ASSIGNED);
        this.assignee = person;
        this.status = CoSellingStatus.ASSIGNED;
        this.updatedAt = at;
    }

    /** Done needs someone who did it; declined needs a reason. */
    void finish(CoSellingStatus outcome, @Nullable String reason, Instant at) {
        requireUnfinished(outcome);
        if (outcome == CoSellingStatus.DONE && assignee == null) {
            throw new RuleViolation(DealError.CO_SELLING_TRANSITION, status, outcome);
        }
        this.status = outcome;
        this.declineReason = outcome == CoSellingStatus.DECLINED ? reason : null;
        this.updatedAt = at;
    }

    private void requireUnfinished(CoSellingStatus wanted) {
        if (status.finished()) {
            throw new RuleViolation(DealError.CO_SELLING_TRANSITION, status, wanted);
        }
    }

    Long getId() {
        return id;
    }

    long getRegistrationId() {
        return registrationId;
    }

    CoSellingKind getKind() {
        return kind;
    }

    String getNotes() {
        return notes;
    }

    LocalDate getWantedOn() {
        return wantedOn;
    }

    CoSellingStatus getStatus() {
        return status;
    }

    @Nullable Long getRequestedBy() {
        return requestedBy;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    @Nullable Long getAssignee() {
        return assignee;
    }

    @Nullable String getDeclineReason() {
        return declineReason;
    }
}
