package dev.partnerportal.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of an escalation's history; written once, never changed. */
@Entity
@Table(name = "escalation_entry")
class EscalationEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "escalation_id", nullable = false)
    private Long escalationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EscalationHistoryEntry.Kind kind;

    @Column(name = "actor_id")
    private @Nullable Long actorId;

    @Column(name = "actor_staff", nullable = false)
    private boolean actorStaff;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private @Nullable EscalationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private @Nullable EscalationStatus toStatus;

    @Column(length = NewEscalation.MESSAGE_MAX_LENGTH)
    private @Nullable String message;

    protected EscalationEntry() {
    }

    EscalationEntry(long escalationId, EscalationHistoryEntry.Kind kind, @Nullable Long actorId, boolean actorStaff, Instant at,
                    @Nullable EscalationStatus fromStatus, @Nullable EscalationStatus toStatus, @Nullable String message) {
        this.escalationId = escalationId;
        this.kind = kind;
        this.actorId = actorId;
        this.actorStaff = actorStaff;
        this.at = at;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.message = message;
    }

    EscalationHistoryEntry toEntry(String actorName) {
        return new EscalationHistoryEntry(kind, actorName, actorStaff, at, fromStatus, toStatus, message);
    }

    @Nullable Long actorId() {
        return actorId;
    }
}
