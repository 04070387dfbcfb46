package dev.partnerportal.plan;

import dev.partnerportal.health.HealthComponent;
import dev.partnerportal.health.HealthFact;
import dev.partnerportal.health.HealthReading;
import dev.partnerportal.health.HealthSignal;
import dev.partnerportal.shared.OrganizationId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Plan execution: of the commitments due by {@code asOf} (dropped ones aside), the share done by the end of their
 * due week, a late one counting half. No approved plan reads low, since a relationship without a written plan is
 * a vendor's; an approved plan with nothing due yet reads as a fair start.
 */
@Component
class PlanExecutionSignal implements HealthSignal {

    static final int NO_APPROVED_PLAN_SCORE = 10;
    static final int NOTHING_DUE_YET_SCORE = 75;

    private final Plans plans;
    private final PlanVersions versions;
    private final Commitments commitments;

    PlanExecutionSignal(Plans plans, PlanVersions versions, Commitments commitments) {
        this.plans = plans;
        this.versions = versions;
        this.commitments = commitments;
    }

    @Override
    public HealthComponent component() {
        return HealthComponent.PLAN_EXECUTION;
    }

    @Override
    public Optional<HealthReading> read(OrganizationId organization, LocalDate asOf) {
        var plan = plans.current(organization.value(), asOf)
                .filter(p -> versions.findFirstByPlanIdAndStatusOrderByNumberDesc(p.getId(), PlanStatus.APPROVED).isPresent());
        if (plan.isEmpty()) {
            return Optional.of(new HealthReading(component(), NO_APPROVED_PLAN_SCORE, List.of(),
                    "plan.health.reason.no-approved-plan", List.of()));
        }
        int due = 0, onTime = 0, late = 0, overdue = 0, notYetDue = 0;
        for (var c : commitments.findByPlanIdOrderByDueWeekAscIdAsc(plan.get().getId())) {
            if (c.getStatus() == CommitmentStatus.DROPPED) {
                continue;
            }
            var end = plan.get().endOfWeek(c.getDueWeek());
            if (asOf.isBefore(end)) {
                notYetDue++;
                continue;
            }
            due++;
            if (c.getStatus() == CommitmentStatus.OPEN) {
                overdue++;
            } else if (c.getDoneOn() != null && c.getDoneOn().isBefore(end)) {
                onTime++;
            } else {
                late++;
            }
        }
        var facts = List.of(new HealthFact("plan.health.fact.due", due), new HealthFact("plan.health.fact.on-time", onTime),
                new HealthFact("plan.health.fact.late", late), new HealthFact("plan.health.fact.overdue", overdue),
                new HealthFact("plan.health.fact.not-yet-due", notYetDue));
        if (due == 0) {
            return Optional.of(new HealthReading(component(), NOTHING_DUE_YET_SCORE, facts,
                    "plan.health.reason.nothing-due-yet", List.of(notYetDue)));
        }
        var score = (int) Math.round((onTime + late / 2.0) * 100 / due);
        return Optional.of(overdue > 0
                ? new HealthReading(component(), score, facts, "plan.health.reason.overdue", List.of(overdue, due))
                : new HealthReading(component(), score, facts, "plan.health.reason.on-track", List.of(onTime, due)));
    }
}
