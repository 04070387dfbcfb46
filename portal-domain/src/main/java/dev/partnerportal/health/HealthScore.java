package dev.partnerportal.health;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** An organization's health: 0–100 and every component in the order of {@link HealthComponent}. */
public record HealthScore(int score, List<ComponentHealth> components) {

    public HealthScore {
        components = List.copyOf(components);
    }

    /** The component that costs the most points; empty when nothing costs any (a perfect score). */
    public Optional<ComponentHealth> mainReason() {
        return components.stream().filter(c -> c.pointsLost() > 0)
                .max(Comparator.comparingDouble(ComponentHealth::pointsLost)
                        .thenComparing(ComponentHealth::component, Comparator.reverseOrder()));
    }

    public Optional<ComponentHealth> component(HealthComponent component) {
        return components.stream().filter(c -> c.component() == component).findFirst();
    }
}
