package dev.partnerportal.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** When a person last opened the library, for "new since your last visit". */
@Entity
@Table(name = "content_visit")
class ContentVisit {

    @Id
    @Column(name = "user_id")
    private Long userId;
    @Column(name = "last_visit_at", nullable = false)
    private Instant lastVisitAt;

    protected ContentVisit() {
    }

    ContentVisit(Long userId, Instant lastVisitAt) {
        this.userId = userId;
        this.lastVisitAt = lastVisitAt;
    }

    Instant lastVisitAt() { return lastVisitAt; }

    void visit(Instant now) {
        lastVisitAt = now;
    }
}
