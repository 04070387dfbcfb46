package dev.partnerportal.health;

import java.util.List;

/**
 * What one feature reads of one component for one organization: a score from 0 (absent) to 100 (exemplary),
 * the raw numbers it came from, and why, as a translation key with arguments (for example
 * {@code health.reason.cadence-overdue} with the days since the last business review).
 */
public record HealthReading(HealthComponent component, int score, List<HealthFact> facts, String reasonKey,
                            List<Object> reasonArguments) {

    public HealthReading {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("a health score is 0 to 100, not " + score);
        }
        facts = List.copyOf(facts);
        reasonArguments = List.copyOf(reasonArguments);
    }
}
