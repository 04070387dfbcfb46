package dev.partnerportal.content;

import dev.partnerportal.health.HealthComponent;
import dev.partnerportal.health.HealthFact;
import dev.partnerportal.health.HealthReading;
import dev.partnerportal.health.HealthSignal;
import dev.partnerportal.shared.OrganizationId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The content part of the feedback loop: how often an organization's people told us whether the library helped,
 * over the last {@link #WINDOW_DAYS} days. {@link #FULL_MARKS} entries or more score 100; none scores 0, since
 * every partner can give it.
 */
@Component
class ContentFeedbackHealthSignal implements HealthSignal {

    static final int WINDOW_DAYS = 180;
    static final int FULL_MARKS = 4;

    private final ContentFeedbackEntries feedback;
    private final Clock clock;

    ContentFeedbackHealthSignal(ContentFeedbackEntries feedback, Clock clock) {
        this.feedback = feedback;
        this.clock = clock;
    }

    @Override
    public HealthComponent component() {
        return HealthComponent.FEEDBACK_LOOP;
    }

    @Override
    public Map<OrganizationId, HealthReading> readAll(Collection<OrganizationId> organizations, LocalDate asOf) {
        if (organizations.isEmpty()) {
            return Map.of();
        }
        var since = asOf.minusDays(WINDOW_DAYS).atStartOfDay(clock.getZone()).toInstant();
        var counts = new HashMap<Long, Object[]>();
        feedback.countByOrganization(organizations.stream().map(OrganizationId::value).distinct().toList(), since)
                .forEach(row -> counts.put((Long) row[0], row));
        var readings = new HashMap<OrganizationId, HealthReading>();
        for (var organization : organizations) {
            var row = counts.get(organization.value());
            readings.put(organization, row == null ? reading(0, 0) : reading((Long) row[1], (Long) row[2]));
        }
        return readings;
    }

    /** The reading for an organization's feedback entries and the people who gave them. */
    static HealthReading reading(long entries, long people) {
        var score = (int) Math.min(100, entries * 100 / FULL_MARKS);
        return new HealthReading(HealthComponent.FEEDBACK_LOOP, score,
                List.of(new HealthFact("content.health.fact.entries", entries),
                        new HealthFact("content.health.fact.people", people)),
                entries == 0 ? "content.health.reason.none" : "content.health.reason.some",
                List.of(entries, people, WINDOW_DAYS));
    }
}
