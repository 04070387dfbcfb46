package dev.partnerportal.plan;

import dev.partnerportal.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A commitment one side made for a plan's period: what, who, by which week, and how far it has come. */
@Entity
@Table(name = "plan_commitment")
class Commitment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PlanSide side;

    @Column(nullable = false, length = NewCommitment.DESCRIPTION_MAX_LENGTH)
    private String description;

    @Column(name = "owner_name", nullable = false, length = NewCommitment.OWNER_MAX_LENGTH)
    private String ownerName;

    @Column(name = "owner_user_id")
    private @Nullable Long ownerUserId;

    @Column(name = "due_week", nullable = false)
    private int dueWeek;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CommitmentStatus status;

    @Column(nullable = false)
    private int progress;

    @Column(name = "done_on")
    private @Nullable LocalDate doneOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The last due notice told: 0 none, {@link #DUE} in its due week, {@link #OVERDUE} once overdue. */
    @Column(name = "due_notice", nullable = false)
    private int dueNotice;

    static final int DUE = 1;
    static final int OVERDUE = 2;

    protected Commitment() {
    }

    Commitment(Plan plan, PlanSide side, String description, String ownerName, @Nullable Long ownerUserId, int dueWeek,
               Instant createdAt) {
        if (dueWeek < 1 || dueWeek > plan.getPeriodWeeks()) {
            throw new RuleViolation(PlanError.DUE_WEEK_OUT_OF_RANGE, plan.getPeriodWeeks());
        }
        this.planId = plan.getId();
        this.side = side;
        this.description = description;
        this.ownerName = ownerName;
        this.ownerUserId = ownerUserId;
        this.dueWeek = dueWeek;
        this.status = CommitmentStatus.OPEN;
        this.progress = 0;
        this.createdAt = createdAt;
    }

    /** Records progress; 100 marks it done on {@code today}. A closed commitment takes no more check-ins. */
    void checkIn(int newProgress, LocalDate today) {
        if (status != CommitmentStatus.OPEN) {
            throw new RuleViolation(PlanError.COMMITMENT_CLOSED);
        }
        if (newProgress < 0 || newProgress > 100) {
            throw new RuleViolation(PlanError.PROGRESS_OUT_OF_RANGE);
        }
        progress = newProgress;
        if (newProgress == 100) {
            status = CommitmentStatus.DONE;
            doneOn = today;
        }
    }

    /** Sets the status by hand: done (progress 100), dropped, or open again. */
    void changeStatus(CommitmentStatus newStatus, LocalDate today) {
        status = newStatus;
        doneOn = newStatus == CommitmentStatus.DONE ? today : null;
        if (newStatus == CommitmentStatus.DONE) {
            progress = 100;
        } else if (newStatus == CommitmentStatus.OPEN && progress == 100) {
            progress = 90;
        }
    }

    /** Open on or after the first day past its due week. */
    boolean overdueOn(Plan plan, LocalDate day) {
        return status == CommitmentStatus.OPEN && !day.isBefore(plan.endOfWeek(dueWeek));
    }

    /** The due notice an open commitment calls for on {@code day}: 0, {@link #DUE} or {@link #OVERDUE}. */
    int dueStageOn(Plan plan, LocalDate day) {
        if (status != CommitmentStatus.OPEN) {
            return 0;
        }
        return overdueOn(plan, day) ? OVERDUE : !day.isBefore(plan.endOfWeek(dueWeek).minusWeeks(1)) ? DUE : 0;
    }

    int getDueNotice() {
        return dueNotice;
    }

    void markDueNotice(int stage) {
        dueNotice = stage;
    }

    Long getId() {
        return id;
    }

    long getPlanId() {
        return planId;
    }

    PlanSide getSide() {
        return side;
    }

    String getDescription() {
        return description;
    }

    String getOwnerName() {
        return ownerName;
    }

    @Nullable Long getOwnerUserId() {
        return ownerUserId;
    }

    int getDueWeek() {
        return dueWeek;
    }

    CommitmentStatus getStatus() {
        return status;
    }

    int getProgress() {
        return progress;
    }

    @Nullable LocalDate getDoneOn() {
        return doneOn;
    }
}
