package dev.partnerportal.identity;

import dev.partnerportal.audit.SignInActivity;
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
 * Engagement: the share of an organization's people (enabled accounts) who signed in during the last
 * {@link #WINDOW_DAYS} days, from the audit trail's successful sign-ins. An organization nobody of which uses
 * the portal reads 0: absence is the finding.
 */
@Component
class EngagementHealthSignal implements HealthSignal {

    static final int WINDOW_DAYS = 30;

    private final PortalUsers users;
    private final SignInActivity signIns;
    private final Clock clock;

    EngagementHealthSignal(PortalUsers users, SignInActivity signIns, Clock clock) {
        this.users = users;
        this.signIns = signIns;
        this.clock = clock;
    }

    @Override
    public HealthComponent component() {
        return HealthComponent.ENGAGEMENT;
    }

    @Override
    public Map<OrganizationId, HealthReading> readAll(Collection<OrganizationId> organizations, LocalDate asOf) {
        if (organizations.isEmpty()) {
            return Map.of();
        }
        var ids = organizations.stream().map(OrganizationId::value).distinct().toList();
        var people = new HashMap<Long, Long>();
        users.countEnabledByOrganization(ids).forEach(row -> people.put((Long) row[0], (Long) row[1]));
        var since = asOf.minusDays(WINDOW_DAYS).atStartOfDay(clock.getZone()).toInstant();
        var signedIn = signIns.peopleSignedInSince(organizations, since);
        var readings = new HashMap<OrganizationId, HealthReading>();
        for (var organization : organizations) {
            readings.put(organization, reading(people.getOrDefault(organization.value(), 0L),
                    signedIn.getOrDefault(organization, 0L)));
        }
        return readings;
    }

    /** The reading for an organization's enabled accounts and how many of its people signed in lately. */
    static HealthReading reading(long people, long signedIn) {
        var active = Math.min(people, signedIn);
        var score = people == 0 ? 0 : (int) Math.round(active * 100.0 / people);
        var reason = people == 0 ? "identity.health.reason.no-people"
                : active == 0 ? "identity.health.reason.nobody-active" : "identity.health.reason.active";
        return new HealthReading(HealthComponent.ENGAGEMENT, score,
                List.of(new HealthFact("identity.health.fact.active", active),
                        new HealthFact("identity.health.fact.people", people)),
                reason, List.of(active, people, WINDOW_DAYS));
    }
}
