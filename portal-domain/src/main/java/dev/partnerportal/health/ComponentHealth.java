package dev.partnerportal.health;

import java.util.List;

/**
 * One component of an organization's health: its score (the average of what every signal read, 0 when none
 * did), its weight, how many of the 100 points it costs the organization, and the raw numbers and reasons.
 */
public record ComponentHealth(HealthComponent component, boolean measured, int score, int weight,
                              double pointsLost, List<HealthFact> facts, List<HealthReason> reasons) {

    public ComponentHealth {
        facts = List.copyOf(facts);
        reasons = List.copyOf(reasons);
    }
}
