package dev.partnerportal.onboarding;

import dev.partnerportal.health.HealthComponent;
import dev.partnerportal.health.HealthFact;
import dev.partnerportal.health.HealthReading;
import dev.partnerportal.health.HealthSignal;
import dev.partnerportal.shared.OrganizationId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Enablement as onboarding shows it: the share of journey steps done, less {@link #OVERDUE_PENALTY} points per
 * overdue step (a journey that stalls matters more than one that is merely long). Silent without a journey.
 */
@Component
class OnboardingHealthSignal implements HealthSignal {

    static final int OVERDUE_PENALTY = 10;

    private final OnboardingSteps steps;

    OnboardingHealthSignal(OnboardingSteps steps) {
        this.steps = steps;
    }

    @Override
    public HealthComponent component() {
        return HealthComponent.ENABLEMENT;
    }

    @Override
    public Map<OrganizationId, HealthReading> readAll(Collection<OrganizationId> organizations, LocalDate asOf) {
        if (organizations.isEmpty()) {
            return Map.of();
        }
        var readings = new HashMap<OrganizationId, HealthReading>();
        steps.findByOrganizationIdInOrderByPosition(organizations.stream().map(OrganizationId::value).distinct().toList())
                .stream()
                .collect(Collectors.groupingBy(OnboardingStep::organizationId, LinkedHashMap::new,
                        Collectors.mapping(step -> step.view(asOf), Collectors.toList())))
                .forEach((organization, journey) -> reading(new Journey(journey))
                        .ifPresent(reading -> readings.put(new OrganizationId(organization), reading)));
        return readings;
    }

    /** The reading for a journey; empty when it has no steps. */
    static Optional<HealthReading> reading(Journey journey) {
        if (journey.total() == 0) {
            return Optional.empty();
        }
        var score = (int) Math.max(0, Math.round(journey.progress() * 100) - (long) OVERDUE_PENALTY * journey.overdue());
        var reason = journey.complete() ? "onboarding.health.reason.complete"
                : journey.overdue() > 0 ? "onboarding.health.reason.overdue" : "onboarding.health.reason.under-way";
        return Optional.of(new HealthReading(HealthComponent.ENABLEMENT, score,
                List.of(new HealthFact("onboarding.health.fact.done", journey.done()),
                        new HealthFact("onboarding.health.fact.total", journey.total()),
                        new HealthFact("onboarding.health.fact.overdue", journey.overdue())),
                reason, List.of(journey.done(), journey.total(), journey.overdue())));
    }
}
