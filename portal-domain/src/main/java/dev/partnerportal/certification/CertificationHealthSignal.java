package dev.partnerportal.certification;

import dev.partnerportal.health.HealthComponent;
import dev.partnerportal.health.HealthFact;
import dev.partnerportal.health.HealthReading;
import dev.partnerportal.health.HealthSignal;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.shared.OrganizationId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Enablement as certifications show it: the share of an organization's people (enabled accounts) who hold at
 * least one valid certification. Half the team certified is full marks: not everyone sells or implements.
 * Silent for an organization without people in the portal (onboarding still reads enablement).
 */
@Component
class CertificationHealthSignal implements HealthSignal {

    /** The share of certified people that scores 100, in percent. */
    static final int TARGET_PERCENT = 50;

    private final CertificationAwards awards;
    private final UserAccounts users;

    CertificationHealthSignal(CertificationAwards awards, UserAccounts users) {
        this.awards = awards;
        this.users = users;
    }

    @Override
    public HealthComponent component() {
        return HealthComponent.ENABLEMENT;
    }

    @Override
    public Map<OrganizationId, HealthReading> readAll(Collection<OrganizationId> organizations, LocalDate asOf) {
        var people = users.countEnabledMembers(organizations);
        if (people.isEmpty()) {
            return Map.of();
        }
        var certified = new HashMap<Long, Long>();
        awards.countCertifiedPeople(people.keySet().stream().map(OrganizationId::value).toList(), asOf)
                .forEach(row -> certified.put((Long) row[0], (Long) row[1]));
        var readings = new HashMap<OrganizationId, HealthReading>();
        people.forEach((organization, count) -> {
            if (count > 0) {
                readings.put(organization, reading(certified.getOrDefault(organization.value(), 0L), count));
            }
        });
        return readings;
    }

    /** The reading for an organization's certified people among its {@code people} (at least one). */
    static HealthReading reading(long certified, long people) {
        var score = (int) Math.min(100, Math.round(certified * 100.0 * 100 / TARGET_PERCENT / people));
        var reason = certified == 0 ? "certification.health.reason.none"
                : score < 100 ? "certification.health.reason.few" : "certification.health.reason.enough";
        return new HealthReading(HealthComponent.ENABLEMENT, score,
                List.of(new HealthFact("certification.health.fact.certified", certified),
                        new HealthFact("certification.health.fact.people", people)),
                reason, List.of(certified, people));
    }
}
