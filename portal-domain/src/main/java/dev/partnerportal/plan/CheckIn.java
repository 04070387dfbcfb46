package dev.partnerportal.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A check-in on a commitment: the progress reported and what happened. */
@Entity
@Table(name = "plan_check_in")
class CheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "commitment_id", nullable = false)
    private Long commitmentId;

    @Column(nullable = false)
    private int progress;

    @Column(nullable = false, length = CommitmentCheckIn.NOTE_MAX_LENGTH)
    private String note;

    @Column(name = "checked_by", nullable = false, length = 254)
    private String checkedBy;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    protected CheckIn() {
    }

    CheckIn(long commitmentId, int progress, String note, String checkedBy, Instant checkedAt) {
        this.commitmentId = commitmentId;
        this.progress = progress;
        this.note = note;
        this.checkedBy = checkedBy;
        this.checkedAt = checkedAt;
    }

    CommitmentCheckIn toRecord() {
        return new CommitmentCheckIn(progress, note, checkedBy, checkedAt);
    }
}
