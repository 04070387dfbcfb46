package dev.partnerportal.certification;

import dev.partnerportal.health.HealthComponent;
import dev.partnerportal.health.HealthFact;
import dev.partnerportal.health.HealthReading;
import dev.partnerportal.health.HealthSignal;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.shared.OrganizationId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
    public Optional<HealthReading> read(OrganizationId organization, LocalDate asOf) {
        var people = users.countEnabledMembers(organization);
        if (people == 0) {
            return Optional.empty();
        }
        var certified = awards.countCertifiedPeople(organization.value(), asOf);
        var score = (int) Math.min(100, Math.round(certified * 100.0 * 100 / TARGET_PERCENT / people));
        var reason = certified == 0 ? "certification.health.reason.none"
                : score < 100 ? "certification.health.reason.few" : "certification.health.reason.enough";
        return Optional.of(new HealthReading(HealthComponent.ENABLEMENT, score,
                List.of(new HealthFact("certification.health.fact.certified", certified),
                        new HealthFact("certification.health.fact.people", people)),
                reason, List.of(certified, people)));
    }
}
