package dev.partnerportal.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** When a person last opened their home page. */
@Entity
@Table(name = "notification_home_visit")
class HomeVisit {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "visited_at", nullable = false)
    private Instant visitedAt;

    protected HomeVisit() {
    }

    HomeVisit(Long userId, Instant visitedAt) {
        this.userId = userId;
        this.visitedAt = visitedAt;
    }

    /** Records a new visit and answers the one before. */
    Instant visit(Instant now) {
        var before = visitedAt;
        visitedAt = now;
        return before;
    }
}
