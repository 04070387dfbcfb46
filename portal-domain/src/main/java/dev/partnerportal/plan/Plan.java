package dev.partnerportal.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** One organization's joint plan for one period; its content lives in versions, its commitments beside it. */
@Entity
@Table(name = "joint_plan")
class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_weeks", nullable = false)
    private int periodWeeks;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Plan() {
    }

    Plan(long organizationId, LocalDate periodStart, int periodWeeks, Instant createdAt) {
        this.organizationId = organizationId;
        this.periodStart = periodStart;
        this.periodWeeks = periodWeeks;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    long getOrganizationId() {
        return organizationId;
    }

    LocalDate getPeriodStart() {
        return periodStart;
    }

    int getPeriodWeeks() {
        return periodWeeks;
    }

    /** The week of the period {@code day} falls in: 1 in the first seven days, 0 before the start. */
    int weekOf(LocalDate day) {
        return day.isBefore(periodStart) ? 0 : (int) (ChronoUnit.DAYS.between(periodStart, day) / 7) + 1;
    }

    /** The first day after due week {@code week}: a commitment still open on that day is overdue. */
    LocalDate endOfWeek(int week) {
        return periodStart.plusWeeks(week);
    }
}
