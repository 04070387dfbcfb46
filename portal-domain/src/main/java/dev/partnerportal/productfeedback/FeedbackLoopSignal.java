package dev.partnerportal.productfeedback;

import dev.partnerportal.earlyaccess.BetaParticipants;
import dev.partnerportal.health.HealthComponent;
import dev.partnerportal.health.HealthFact;
import dev.partnerportal.health.HealthReading;
import dev.partnerportal.health.HealthSignal;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.OrganizationId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The product-feedback part of the feedback loop: submissions and votes of the organization's people in the
 * last {@value #WINDOW_DAYS} days, and the betas it takes part in. Up to 60 points for submissions (20 each),
 * 20 for votes (5 each) and 20 for taking part in a running beta: a partner that tells the product what it
 * needs is a partner; one that never does is a customer.
 */
@Component
class FeedbackLoopSignal implements HealthSignal {

    static final int WINDOW_DAYS = 180;

    private final FeedbackSubmissions submissions;
    private final IdeaVotes votes;
    private final BetaParticipants betas;
    private final PartnerRegistry organizations;
    private final Clock clock;

    FeedbackLoopSignal(FeedbackSubmissions submissions, IdeaVotes votes, BetaParticipants betas,
                       PartnerRegistry organizations, Clock clock) {
        this.submissions = submissions;
        this.votes = votes;
        this.betas = betas;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public HealthComponent component() {
        return HealthComponent.FEEDBACK_LOOP;
    }

    @Override
    public Map<OrganizationId, HealthReading> readAll(Collection<OrganizationId> organizations, LocalDate asOf) {
        var existing = organizations.isEmpty() ? Set.<OrganizationId>of() : this.organizations.existing(organizations);
        if (existing.isEmpty()) {
            return Map.of();
        }
        var ids = existing.stream().map(OrganizationId::value).toList();
        var from = asOf.minusDays(WINDOW_DAYS).atStartOfDay(clock.getZone()).toInstant();
        var to = asOf.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        var submitted = counts(submissions.countSubmitted(ids, from, to));
        var voted = counts(votes.countVoted(ids, from, to));
        var running = betas.runningBetas(existing, asOf);
        var readings = new HashMap<OrganizationId, HealthReading>();
        for (var organization : existing) {
            readings.put(organization, reading(submitted.getOrDefault(organization.value(), 0L),
                    voted.getOrDefault(organization.value(), 0L), running.getOrDefault(organization, 0L)));
        }
        return readings;
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        var counts = new HashMap<Long, Long>();
        rows.forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** The score and reason for these numbers; separate so that the arithmetic is tested on its own. */
    static HealthReading reading(long submitted, long voted, long running) {
        var score = (int) (Math.min(60, submitted * 20) + Math.min(20, voted * 5) + (running > 0 ? 20 : 0));
        var facts = List.of(new HealthFact("productfeedback.health.fact.submissions", submitted),
                new HealthFact("productfeedback.health.fact.votes", voted),
                new HealthFact("productfeedback.health.fact.betas", running));
        if (submitted == 0 && voted == 0 && running == 0) {
            return new HealthReading(HealthComponent.FEEDBACK_LOOP, 0, facts, "productfeedback.health.reason.silent",
                    List.of(WINDOW_DAYS));
        }
        return new HealthReading(HealthComponent.FEEDBACK_LOOP, score, facts, "productfeedback.health.reason.active",
                List.of(submitted, voted, running, WINDOW_DAYS));
    }
}
