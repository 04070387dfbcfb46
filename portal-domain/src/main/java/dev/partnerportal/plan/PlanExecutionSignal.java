package dev.partnerportal.plan;

import dev.partnerportal.health.HealthComponent;
import dev.partnerportal.health.HealthFact;
import dev.partnerportal.health.HealthReading;
import dev.partnerportal.health.HealthSignal;
import dev.partnerportal.shared.OrganizationId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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
    public Map<OrganizationId, HealthReading> readAll(Collection<OrganizationId> organizations, LocalDate asOf) {
        if (organizations.isEmpty()) {
            return Map.of();
        }
        var current = new HashMap<Long, Plan>();
        plans.findByOrganizationIdInOrderByPeriodStartDesc(
                        organizations.stream().map(OrganizationId::value).distinct().toList()).stream()
                .collect(Collectors.groupingBy(Plan::getOrganizationId))
                .forEach((organization, theirs) -> Plans.current(theirs, asOf)
                        .ifPresent(plan -> current.put(organization, plan)));
        var planIds = current.values().stream().map(Plan::getId).toList();
        var approved = planIds.isEmpty() ? Set.<Long>of()
                : Set.copyOf(versions.plansWith(planIds, PlanStatus.APPROVED));
        var ofPlan = approved.isEmpty() ? Map.<Long, List<Commitment>>of()
                : commitments.findByPlanIdInOrderByDueWeekAscIdAsc(approved).stream()
                        .collect(Collectors.groupingBy(Commitment::getPlanId));
        var readings = new HashMap<OrganizationId, HealthReading>();
        for (var organization : organizations) {
            var plan = Optional.ofNullable(current.get(organization.value())).filter(p -> approved.contains(p.getId()));
            readings.put(organization, reading(plan.orElse(null),
                    plan.map(p -> ofPlan.getOrDefault(p.getId(), List.of())).orElse(List.of()), asOf));
        }
        return readings;
    }

    /** The reading for an organization's approved plan in force (null: none) and its commitments by due week. */
    static HealthReading reading(@Nullable Plan plan, List<Commitment> commitments, LocalDate asOf) {
        if (plan == null) {
            return new HealthReading(HealthComponent.PLAN_EXECUTION, NO_APPROVED_PLAN_SCORE, List.of(),
                    "plan.health.reason.no-approved-plan", List.of());
        }
        int due = 0, onTime = 0, late = 0, overdue = 0, notYetDue = 0;
        for (var c : commitments) {
            if (c.getStatus() == CommitmentStatus.DROPPED) {
                continue;
            }
            var end = plan.endOfWeek(c.getDueWeek());
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
        var component = HealthComponent.PLAN_EXECUTION;
        if (due == 0) {
            return new HealthReading(component, NOTHING_DUE_YET_SCORE, facts,
                    "plan.health.reason.nothing-due-yet", List.of(notYetDue));
        }
        var score = (int) Math.round((onTime + late / 2.0) * 100 / due);
        return overdue > 0
                ? new HealthReading(component, score, facts, "plan.health.reason.overdue", List.of(overdue, due))
                : new HealthReading(component, score, facts, "plan.health.reason.on-track", List.of(onTime, due));
    }
}
