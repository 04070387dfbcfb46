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
import java.util.List;
import java.util.Optional;
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
    public Optional<HealthReading> read(OrganizationId organization, LocalDate asOf) {
        if (!organizations.exists(organization)) {
            return Optional.empty();
        }
        var from = asOf.minusDays(WINDOW_DAYS).atStartOfDay(clock.getZone()).toInstant();
        var to = asOf.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        var submitted = submissions.countByOrganizationIdAndSubmittedAtGreaterThanEqualAndSubmittedAtLessThan(
                organization.value(), from, to);
        var voted = votes.countByOrganizationIdAndVotedAtGreaterThanEqualAndVotedAtLessThan(organization.value(), from, to);
        var running = betas.runningBetas(organization, asOf);
        return Optional.of(reading(submitted, voted, running));
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
