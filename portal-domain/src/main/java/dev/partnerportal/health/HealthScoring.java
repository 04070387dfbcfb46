package dev.partnerportal.health;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The score's arithmetic, free of storage and callers. A component's score is the rounded average of its
 * readings. A component no signal could read scores 0 with the reason "no data": a practice that leaves no
 * trace (no cadence agreed, no plan) is exactly what makes a vendor, so silence must not raise the score by
 * dropping out of the average. The organization's score is the weighted average of all component scores,
 * rounded half up; a component costs {@code weight × (100 − score) / total weight} points.
 */
public final class HealthScoring {

    private HealthScoring() {
    }

    public static HealthScore score(HealthWeights weights, Collection<HealthReading> readings) {
        var components = new ArrayList<ComponentHealth>();
        double total = weights.total();
        double weighted = 0;
        for (var component : HealthComponent.values()) {
            var mine = readings.stream().filter(r -> r.component() == component).toList();
            var weight = weights.of(component);
            var score = mine.isEmpty() ? 0
                    : (int) Math.round(mine.stream().mapToInt(HealthReading::score).average().orElse(0));
            var facts = mine.stream().flatMap(r -> r.facts().stream()).toList();
            List<HealthReason> reasons = mine.isEmpty() ? List.of(new HealthReason(HealthReason.NO_DATA, List.of()))
                    : mine.stream().map(r -> new HealthReason(r.reasonKey(), r.reasonArguments())).toList();
            weighted += (double) weight * score;
            var lost = Math.round(weight * (100 - score) / total * 10) / 10.0;
            components.add(new ComponentHealth(component, !mine.isEmpty(), score, weight, lost, facts, reasons));
        }
        return new HealthScore((int) Math.round(weighted / total), components);
    }
}
