package dev.partnerportal.shared;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Where features record the portal's own meters (names start with {@code portal.}; docs/operations.md, "Metrics").
 * The running portal exports the application's registry to Prometheus; where the application has none (the
 * domain and content test applications) a private in-memory registry takes the measurements, so features
 * record without checking. Gauges that read the database are {@code MeterBinder} beans instead, bound only
 * where a registry is exported.
 */
@Component
public class PortalMeters {

    private final MeterRegistry registry;

    PortalMeters(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
    }

    public MeterRegistry registry() {
        return registry;
    }
}
