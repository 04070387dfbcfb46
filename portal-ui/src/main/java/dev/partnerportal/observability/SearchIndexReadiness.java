package dev.partnerportal.observability;

import dev.partnerportal.search.SearchReadiness;
import java.util.function.BooleanSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The health contributor {@code searchIndex} (the bean name without its suffix), part of the readiness group: OUT_OF_SERVICE (HTTP 503 on
 * {@code /actuator/health/readiness}) until this node's search index has been checked at start, and while an index
 * that was missing or damaged is rebuilt from the database, so a load balancer sends no one to a node whose
 * searches would answer "being rebuilt". UP otherwise.
 */
@Component("searchIndexHealthIndicator")
class SearchIndexReadiness implements HealthIndicator {

    private final BooleanSupplier ready;

    @Autowired
    SearchIndexReadiness(SearchReadiness readiness) {
        this(readiness::ready);
    }

    SearchIndexReadiness(BooleanSupplier ready) {
        this.ready = ready;
    }

    @Override
    public Health health() {
        return ready.getAsBoolean() ? Health.up().build() : Health.outOfService().build();
    }
}
