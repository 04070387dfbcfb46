package dev.partnerportal.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A reminder stage that went out for an award (days before expiry; 0 = "has expired"). The unique
 * (award, stage) row is what makes each stage go out once, across restarts and nodes.
 */
@Entity
@Table(name = "certification_reminder")
class CertificationReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "award_id", nullable = false)
    private Long awardId;
    @Column(nullable = false)
    private int stage;
    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected CertificationReminder() {
    }

    CertificationReminder(long awardId, int stage, Instant sentAt) {
        this.awardId = awardId;
        this.stage = stage;
        this.sentAt = sentAt;
    }

    long awardId() { return awardId; }
    int stage() { return stage; }
    Instant sentAt() { return sentAt; }
}
