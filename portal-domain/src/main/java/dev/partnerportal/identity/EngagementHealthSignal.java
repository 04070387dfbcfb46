package dev.partnerportal.identity;

import dev.partnerportal.audit.SignInActivity;
import dev.partnerportal.health.HealthComponent;
import dev.partnerportal.health.HealthFact;
import dev.partnerportal.health.HealthReading;
import dev.partnerportal.health.HealthSignal;
import dev.partnerportal.shared.OrganizationId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
    public Optional<HealthReading> read(OrganizationId organization, LocalDate asOf) {
        var people = users.countByOrganizationIdAndEnabledTrue(organization.value());
        var since = asOf.minusDays(WINDOW_DAYS).atStartOfDay(clock.getZone()).toInstant();
        var active = Math.min(people, signIns.peopleSignedInSince(organization, since));
        var score = people == 0 ? 0 : (int) Math.round(active * 100.0 / people);
        var reason = people == 0 ? "identity.health.reason.no-people"
                : active == 0 ? "identity.health.reason.nobody-active" : "identity.health.reason.active";
        return Optional.of(new HealthReading(HealthComponent.ENGAGEMENT, score,
                List.of(new HealthFact("identity.health.fact.active", active),
                        new HealthFact("identity.health.fact.people", people)),
                reason, List.of(active, people, WINDOW_DAYS)));
    }
}
