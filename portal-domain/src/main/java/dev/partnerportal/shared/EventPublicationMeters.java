package dev.partnerportal.shared;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code portal.events.incomplete}: reactions between features still owed (rows of {@code event_publication}
 * without a completion date, failed ones included). Read from the shared table at each scrape, so every node
 * reports the cluster's figure.
 */
@Component
class EventPublicationMeters implements MeterBinder {

    private final JdbcTemplate jdbc;

    EventPublicationMeters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("portal.events.incomplete", this, EventPublicationMeters::incomplete)
                .description("Reactions between features not yet completed (event_publication rows)")
                .register(registry);
    }

    private double incomplete() {
        var count = jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Long.class);
        return count == null ? 0 : count;
    }
}
