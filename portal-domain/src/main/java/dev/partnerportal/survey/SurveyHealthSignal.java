package dev.partnerportal.survey;

import dev.partnerportal.health.HealthComponent;
import dev.partnerportal.health.HealthFact;
import dev.partnerportal.health.HealthReading;
import dev.partnerportal.health.HealthSignal;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.OrganizationId;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The survey part of the feedback loop over the last {@link #WINDOW_DAYS} days: of the attributed waves that
 * asked the organization, how many it answered; and its NPS from those waves, mapped from −100..100 to 0..100
 * and averaged with the answer rate. Anonymous waves never count, not even as a number of responses: a count per
 * organization would tell a small team who answered. Silent when no attributed wave asked the organization.
 */
@Component
class SurveyHealthSignal implements HealthSignal {

    static final int WINDOW_DAYS = 180;

    private final SurveyWaves waves;
    private final SurveyResponses responses;
    private final PartnerRegistry organizations;
    private final Clock clock;

    SurveyHealthSignal(SurveyWaves waves, SurveyResponses responses, PartnerRegistry organizations, Clock clock) {
        this.waves = waves;
        this.responses = responses;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public HealthComponent component() {
        return HealthComponent.FEEDBACK_LOOP;
    }

    @Override
    public Map<OrganizationId, HealthReading> readAll(Collection<OrganizationId> organizations, LocalDate asOf) {
        var summaries = this.organizations.find(organizations);
        if (summaries.isEmpty()) {
            return Map.of();
        }
        var ids = summaries.keySet().stream().map(OrganizationId::value).toList();
        var since = asOf.minusDays(WINDOW_DAYS).atStartOfDay(clock.getZone()).toInstant();
        var until = asOf.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        var waves = this.waves.findAttributedOpenedBetween(since, until);
        var answered = new HashMap<Long, Long>();
        responses.countAttributedWavesAnswered(ids, since).forEach(row -> answered.put((Long) row[0], (Long) row[1]));
        var npsAnswers = new HashMap<Long, List<Integer>>();
        responses.attributedNpsAnswers(ids, since).forEach(row -> npsAnswers
                .computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Integer) row[1]));
        var readings = new HashMap<OrganizationId, HealthReading>();
        summaries.forEach((organization, summary) -> {
            var asked = waves.stream().filter(wave -> wave.includes(summary)).count();
            reading(asked, answered.getOrDefault(organization.value(), 0L),
                    npsAnswers.getOrDefault(organization.value(), List.of()))
                    .ifPresent(reading -> readings.put(organization, reading));
        });
        return readings;
    }

    /**
     * The reading for the attributed waves that asked an organization, those it answered and its NPS answers in
     * them; empty when it was neither asked nor answered.
     */
    static Optional<HealthReading> reading(long asked, long answered, List<Integer> npsAnswers) {
        if (asked == 0 && answered == 0) {
            return Optional.empty();
        }
        var rate = (int) Math.min(100, Math.round(answered * 100.0 / Math.max(asked, answered)));
        var nps = NpsScore.of(npsAnswers);
        var facts = new ArrayList<>(List.of(new HealthFact("survey.health.fact.asked", asked),
                new HealthFact("survey.health.fact.answered", answered)));
        if (nps.total() == 0) {
            return Optional.of(new HealthReading(HealthComponent.FEEDBACK_LOOP, rate, facts,
                    answered == 0 ? "survey.health.reason.unanswered" : "survey.health.reason.answered",
                    List.of(answered, Math.max(asked, answered))));
        }
        var npsValue = nps.value().setScale(0, RoundingMode.HALF_UP).intValue();
        facts.add(new HealthFact("survey.health.fact.nps", npsValue));
        var score = (int) Math.round((rate + (npsValue + 100) / 2.0) / 2);
        return Optional.of(new HealthReading(HealthComponent.FEEDBACK_LOOP, score, facts,
                "survey.health.reason.answered-with-nps", List.of(answered, Math.max(asked, answered), npsValue)));
    }
}
