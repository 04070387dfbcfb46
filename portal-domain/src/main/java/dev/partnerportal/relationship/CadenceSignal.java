package dev.partnerportal.relationship;

import dev.partnerportal.health.HealthComponent;
import dev.partnerportal.health.HealthFact;
import dev.partnerportal.health.HealthReading;
import dev.partnerportal.health.HealthSignal;
import dev.partnerportal.shared.OrganizationId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cadence kept: touchpoints held against those the agreed cadence expected over the last 90 days, and whether
 * strategy was talked about. No agreed cadence scores 0: a partner without a rhythm is a vendor's customer.
 */
@Component
@Transactional(readOnly = true)
class CadenceSignal implements HealthSignal {

    static final String FACT = "relationship.health.fact.";
    static final String REASON = "relationship.health.reason.";

    private final RelationshipReadings readings;

    CadenceSignal(RelationshipReadings readings) {
        this.readings = readings;
    }

    @Override
    public HealthComponent component() {
        return HealthComponent.CADENCE;
    }

    @Override
    public Map<OrganizationId, HealthReading> readAll(Collection<OrganizationId> organizations, LocalDate asOf) {
        if (organizations.isEmpty()) {
            return Map.of();
        }
        var agreements = readings.agreements(organizations);
        var recent = readings.recent(organizations, asOf);
        var cadences = readings.cadences(agreements, asOf);
        var result = new HashMap<OrganizationId, HealthReading>();
        for (var organization : organizations) {
            result.put(organization, reading(agreements.getOrDefault(organization, List.of()),
                    recent.getOrDefault(organization, List.of()), cadences.getOrDefault(organization, List.of()), asOf));
        }
        return result;
    }

    /**
     * The reading for an organization's agreed cadences, its touchpoints of the window (those after {@code asOf}
     * do not count) and how each agreed cadence stands.
     */
    static HealthReading reading(List<CadenceAgreement> agreements, List<Touchpoint> window,
                                 List<CadenceStatus> cadence, LocalDate asOf) {
        var recent = window.stream().filter(t -> !t.happenedOn().isAfter(asOf)).toList();
        boolean strategy = recent.stream().anyMatch(t -> t.topics().contains(Topic.STRATEGY));
        if (agreements.isEmpty()) {
            return new HealthReading(HealthComponent.CADENCE, 0,
                    List.of(new HealthFact(FACT + "touchpoints-held", recent.size())), REASON + "no-cadence", List.of());
        }
        int held = 0;
        int expected = 0;
        for (var agreement : agreements) {
            int due = RelationshipRules.expected(agreement.entry(), agreement.agreedOn(), asOf);
            long ofKind = recent.stream().filter(t -> t.kind() == agreement.entry().kind()).count();
            held += (int) Math.min(ofKind, due);
            expected += due;
        }
        var overdue = cadence.stream().filter(CadenceStatus::overdue).toList();
        var facts = List.of(new HealthFact(FACT + "touchpoints-held", held),
                new HealthFact(FACT + "touchpoints-expected", expected),
                new HealthFact(FACT + "strategy-touchpoints", recent.stream().filter(t -> t.topics().contains(Topic.STRATEGY)).count()),
                new HealthFact(FACT + "cadence-overdue", overdue.size()));
        int score = RelationshipRules.cadenceScore(held, expected, strategy);
        if (!overdue.isEmpty()) {
            long days = overdue.stream().mapToLong(status -> ChronoUnit.DAYS.between(status.due(), asOf)).max().orElse(0);
            return new HealthReading(HealthComponent.CADENCE, score, facts, REASON + "cadence-overdue", List.of(days));
        }
        return new HealthReading(HealthComponent.CADENCE, score, facts,
                strategy ? REASON + "cadence-kept" : REASON + "no-strategy", List.of());
    }
}
