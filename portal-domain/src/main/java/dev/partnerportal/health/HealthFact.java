package dev.partnerportal.health;

/**
 * One raw number behind a component's score, shown to people as the translation of {@code labelKey} with the
 * value (for example {@code health.fact.touchpoints-held} = 5).
 */
public record HealthFact(String labelKey, long value) {
}
