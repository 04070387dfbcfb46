package dev.partnerportal.search;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * This node's index as gauges: {@code portal.search.index.lag} is the newest change-log entry minus the last one
 * the index applied (0 when it has caught up; ADR 007), {@code portal.search.index.ready} is 1 while it answers
 * searches. Search latency is the timer {@code portal.search.latency} ({@link ContentSearch}).
 */
@Component
class SearchMeters implements MeterBinder {

    private final SearchIndex index;
    private final SearchChanges changes;
    private final SearchReadiness readiness;

    SearchMeters(SearchIndex index, SearchChanges changes, SearchReadiness readiness) {
        this.index = index;
        this.changes = changes;
        this.readiness = readiness;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("portal.search.index.lag", this, SearchMeters::lag)
                .description("Change-log entries not yet applied to this node's search index")
                .register(registry);
        Gauge.builder("portal.search.index.ready", readiness, r -> r.ready() ? 1 : 0)
                .description("1 while this node's search index answers searches")
                .register(registry);
    }

    double lag() {
        return Math.max(0, changes.lastId().orElse(0L) - index.checkpoint());
    }
}
