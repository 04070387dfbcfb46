package dev.partnerportal.survey;

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
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A detractor to call back: opened by an attributed NPS answer of 0 to 6, closed with what was done. */
@Entity
@Table(name = "survey_follow_up")
class FollowUpTask {

    enum Status { OPEN, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "response_id", nullable = false, unique = true)
    private long responseId;

    @Column(name = "wave_id", nullable = false)
    private long waveId;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    /** The organization's partner manager; unassigned tasks are for administrators. */
    @Column(name = "assignee_id")
    private @Nullable Long assigneeId;

    @Column(nullable = false)
    private int score;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(name = "closed_by")
    private @Nullable Long closedBy;

    @Column(length = FollowUp.RESOLUTION_MAX_LENGTH)
    private @Nullable String resolution;

    @Version
    private long version;

    protected FollowUpTask() {
    }

    FollowUpTask(long responseId, long waveId, long organizationId, @Nullable Long assigneeId, int score, Instant now) {
        this.responseId = responseId;
        this.waveId = waveId;
        this.organizationId = organizationId;
        this.assigneeId = assigneeId;
        this.score = score;
        this.status = Status.OPEN;
        this.openedAt = now;
    }

    /** Closes the task, recording who closed it and what was done; a closed task stays closed. */
    void close(long by, String whatWasDone, Instant now) {
        if (status == Status.CLOSED) {
            throw new RuleViolation(SurveyError.FOLLOW_UP_CLOSED);
        }
        var text = Objects.requireNonNull(whatWasDone, "resolution").strip();
        if (text.isEmpty() || text.length() > FollowUp.RESOLUTION_MAX_LENGTH) {
            throw new RuleViolation(SurveyError.RESOLUTION_LENGTH, FollowUp.RESOLUTION_MAX_LENGTH);
        }
        this.status = Status.CLOSED;
        this.closedBy = by;
        this.closedAt = now;
        this.resolution = text;
    }

    long getId() {
        return Objects.requireNonNull(id, "not yet persisted");
    }

    long getResponseId() {
        return responseId;
    }

    long getWaveId() {
        return waveId;
    }

    long getOrganizationId() {
        return organizationId;
    }

    @Nullable Long getAssigneeId() {
        return assigneeId;
    }

    int getScore() {
        return score;
    }

    boolean isOpen() {
        return status == Status.OPEN;
    }

    Instant getOpenedAt() {
        return openedAt;
    }

    @Nullable Instant getClosedAt() {
        return closedAt;
    }

    @Nullable String getResolution() {
        return resolution;
    }
}
