package dev.partnerportal.health;

import dev.partnerportal.shared.RuleViolation;
import java.util.EnumMap;
import java.util.Map;

/**
 * How much each component counts toward the score: whole numbers from 0 to {@link #MAX_WEIGHT}, at least one
 * above zero. Only the proportions matter: 1,1,1 weighs the same as 5,5,5.
 */
public record HealthWeights(Map<HealthComponent, Integer> weights) {

    /** The highest weight a component can have. */
    public static final int MAX_WEIGHT = 100;

    /** @throws RuleViolation for a missing component, a weight out of range, or all weights zero */
    public HealthWeights {
        var copy = new EnumMap<HealthComponent, Integer>(HealthComponent.class);
        for (var component : HealthComponent.values()) {
            var weight = weights.get(component);
            if (weight == null) {
                throw new RuleViolation(HealthError.WEIGHT_MISSING, component.name());
            }
            if (weight < 0 || weight > MAX_WEIGHT) {
                throw new RuleViolation(HealthError.WEIGHT_OUT_OF_RANGE, component.name(), MAX_WEIGHT);
            }
            copy.put(component, weight);
        }
        if (copy.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            throw new RuleViolation(HealthError.WEIGHTS_ALL_ZERO);
        }
        weights = Map.copyOf(copy);
    }

    /** Every component counts the same: the starting point. */
    public static HealthWeights equal() {
        var weights = new EnumMap<HealthComponent, Integer>(HealthComponent.class);
        for (var component : HealthComponent.values()) {
            weights.put(component, 1);
        }
        return new HealthWeights(weights);
    }

    public int of(HealthComponent component) {
        return weights.get(component);
    }

    public int total() {
        return weights.values().stream().mapToInt(Integer::intValue).sum();
    }
}
