package dev.partnerportal.relationship;

import dev.partnerportal.health.HealthComponent;
import dev.partnerportal.health.HealthFact;
import dev.partnerportal.health.HealthReading;
import dev.partnerportal.health.HealthSignal;
import dev.partnerportal.shared.OrganizationId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Breadth: partner departments covered of five, and people engaged on both sides. */
@Component
@Transactional(readOnly = true)
class BreadthSignal implements HealthSignal {

    private final RelationshipReadings readings;

    BreadthSignal(RelationshipReadings readings) {
        this.readings = readings;
    }

    @Override
    public HealthComponent component() {
        return HealthComponent.BREADTH;
    }

    @Override
    public Map<OrganizationId, HealthReading> readAll(Collection<OrganizationId> organizations, LocalDate asOf) {
        var result = new HashMap<OrganizationId, HealthReading>();
        readings.breadths(organizations, asOf).forEach((organization, breadth) -> result.put(organization, reading(breadth)));
        return result;
    }

    /** The reading for an organization's breadth. */
    static HealthReading reading(Breadth breadth) {
        int covered = breadth.departmentsCovered().size();
        var facts = List.of(new HealthFact(CadenceSignal.FACT + "departments-covered", covered),
                new HealthFact(CadenceSignal.FACT + "partner-people-engaged", breadth.partnerPeopleEngaged()),
                new HealthFact(CadenceSignal.FACT + "vendor-people", breadth.vendorPeople()));
        String reason = covered == 0 ? "no-partner-contacts"
                : covered == 1 ? "one-department"
                : covered < Breadth.DEPARTMENTS ? "some-departments" : "all-departments";
        return new HealthReading(HealthComponent.BREADTH, RelationshipRules.breadthScore(breadth), facts,
                CadenceSignal.REASON + reason, List.of(covered, Breadth.DEPARTMENTS));
    }
}
