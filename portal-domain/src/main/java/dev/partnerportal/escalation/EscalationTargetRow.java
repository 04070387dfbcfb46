package dev.partnerportal.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The configured targets of one severity. */
@Entity
@Table(name = "escalation_target")
class EscalationTargetRow {

    @Id
    @Enumerated(EnumType.STRING)
    private EscalationSeverity severity;

    @Column(name = "respond_hours", nullable = false)
    private int respondHours;

    @Column(name = "resolve_hours", nullable = false)
    private int resolveHours;

    protected EscalationTargetRow() {
    }

    void change(int respondHours, int resolveHours) {
        this.respondHours = respondHours;
        this.resolveHours = resolveHours;
    }

    ResponseTarget toTarget() {
        return new ResponseTarget(severity, respondHours, resolveHours);
    }
}
