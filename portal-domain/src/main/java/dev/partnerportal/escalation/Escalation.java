package dev.partnerportal.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import dev.partnerportal.shared.RuleViolation;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An escalation and its targets, fixed when it is raised: changing the targets later does not move the goal
 * posts of escalations already running. It guards its own status.
 */
@Entity
@Table(name = "escalation")
class Escalation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    /** Null only for demo escalations raised by a partner person without an account. */
    @Column(name = "raised_by")
    private @Nullable Long raisedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EscalationCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EscalationSeverity severity;

    @Column(nullable = false, length = NewEscalation.TITLE_MAX_LENGTH)
    private String title;

    @Column(nullable = false, length = NewEscalation.DESCRIPTION_MAX_LENGTH)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EscalationStatus status;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "respond_due", nullable = false)
    private Instant respondDue;

    @Column(name = "resolve_due", nullable = false)
    private Instant resolveDue;

    @Column(name = "respond_hours", nullable = false)
    private int respondHours;

    @Column(name = "resolve_hours", nullable = false)
    private int resolveHours;

    @Column(name = "responded_at")
    private @Nullable Instant respondedAt;

    @Column(name = "resolved_at")
    private @Nullable Instant resolvedAt;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Version
    private long version;

    /** The last target breach staff were told of: 0 none, 1 the response target, 2 the resolution target. */
    @Column(name = "breach_notice", nullable = false)
    private int breachNotice;

    protected Escalation() {
    }

    Escalation(long organizationId, @Nullable Long raisedBy, NewEscalation raised, ResponseTarget target, Instant raisedAt,
               Instant respondDue, Instant resolveDue) {
        this.organizationId = organizationId;
        this.raisedBy = raisedBy;
        this.category = raised.category();
        this.severity = raised.severity();
        this.title = raised.title().strip();
        this.description = raised.description().strip();
        this.status = EscalationStatus.OPEN;
        this.raisedAt = raisedAt;
        this.respondDue = respondDue;
        this.resolveDue = resolveDue;
        this.respondHours = target.respondHours();
        this.resolveHours = target.resolveHours();
    }

    /** A staff message: the first one acknowledges an open escalation and meets or misses the response target. */
    void answeredByStaff(Instant at) {
        if (status == EscalationStatus.CLOSED) {
            throw new RuleViolation(EscalationError.CLOSED);
        }
        if (respondedAt == null) {
            respondedAt = at;
        }
        if (status == EscalationStatus.OPEN) {
            status = EscalationStatus.ACKNOWLEDGED;
        }
    }

    /** Staff move it forward; any staff move also counts as the first response. */
    void moveByStaff(EscalationStatus target, Instant at) {
        if (!status.staffMayMoveTo(target)) {
            throw new RuleViolation(EscalationError.STATUS_CHANGE_REFUSED, status, target);
        }
        if (respondedAt == null) {
            respondedAt = at;
        }
        status = target;
        if (target == EscalationStatus.RESOLVED) {
            resolvedAt = at;
        } else if (target == EscalationStatus.CLOSED) {
            closedAt = at;
        }
    }

    /** The partner confirms a resolution. */
    void closeByPartner(Instant at) {
        if (status != EscalationStatus.RESOLVED) {
            throw new RuleViolation(EscalationError.STATUS_CHANGE_REFUSED, status, EscalationStatus.CLOSED);
        }
        status = EscalationStatus.CLOSED;
        closedAt = at;
    }

    /**
     * The partner says it is not solved after all: back in progress, and the resolution target (fixed when it
     * was raised) counts again. Only within {@code reopenDays} of the resolution.
     */
    /** The breach this escalation shows at {@code now}: 0 none, 1 the response target, 2 the resolution target. */
    int breachOn(Instant now) {
        if (!status.isActive()) {
            return 0;
        }
        if (resolvedAt == null && now.isAfter(resolveDue)) {
            return 2;
        }
        return respondedAt == null && now.isAfter(respondDue) ? 1 : 0;
    }

    int getBreachNotice() {
        return breachNotice;
    }

    void reopen(Instant at, int reopenDays) {
        if (resolvedAt == null || status.isActive()) {
            throw new RuleViolation(EscalationError.NOT_RESOLVED);
        }
        if (at.isAfter(reopenableUntil(reopenDays))) {
            throw new RuleViolation(EscalationError.REOPEN_WINDOW_PASSED, reopenDays);
        }
        status = EscalationStatus.IN_PROGRESS;
        resolvedAt = null;
        closedAt = null;
    }

    Instant reopenableUntil(int reopenDays) {
        return java.util.Objects.requireNonNull(resolvedAt).plus(java.time.Duration.ofDays(reopenDays));
    }

    Long getId() {
        return id;
    }

    long getOrganizationId() {
        return organizationId;
    }

    @Nullable Long getRaisedBy() {
        return raisedBy;
    }

    EscalationCategory getCategory() {
        return category;
    }

    EscalationSeverity getSeverity() {
        return severity;
    }

    String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    EscalationStatus getStatus() {
        return status;
    }

    Instant getRaisedAt() {
        return raisedAt;
    }

    Instant getRespondDue() {
        return respondDue;
    }

    Instant getResolveDue() {
        return resolveDue;
    }

    int getRespondHours() {
        return respondHours;
    }

    int getResolveHours() {
        return resolveHours;
    }

    @Nullable Instant getRespondedAt() {
        return respondedAt;
    }

    @Nullable Instant getResolvedAt() {
        return resolvedAt;
    }
}
