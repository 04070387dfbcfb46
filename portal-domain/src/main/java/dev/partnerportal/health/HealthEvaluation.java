package dev.partnerportal.health;

import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.shared.OrganizationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Asks every {@link HealthSignal} about an organization and weighs the answers; keeps and reads snapshots. Checks
 * no caller: {@link RelationshipHealth} decides who may see what, the snapshot job and the demo run as the system.
 * Runs inside its caller's transaction.
 */
@Component
class HealthEvaluation {

    private final List<HealthSignal> signals;
    private final HealthWeightRows weights;
    private final HealthSnapshots snapshots;

    HealthEvaluation(List<HealthSignal> signals, HealthWeightRows weights, HealthSnapshots snapshots) {
        this.signals = List.copyOf(signals);
        this.weights = weights;
        this.snapshots = snapshots;
    }

    HealthWeights weights() {
        var map = new EnumMap<HealthComponent, Integer>(HealthComponent.class);
        weights.findAll().forEach(row -> map.put(row.component(), row.weight()));
        // A component without a row (added to the enum after the migration) counts once, like the others started.
        for (var component : HealthComponent.values()) {
            map.putIfAbsent(component, 1);
        }
        return map.values().stream().allMatch(w -> w == 0) ? HealthWeights.equal() : new HealthWeights(map);
    }

    HealthScore score(OrganizationId organization, LocalDate asOf) {
        var readings = new ArrayList<HealthReading>();
        for (var signal : signals) {
            signal.read(organization, asOf).ifPresent(reading -> {
                if (reading.component() != signal.component()) {
                    throw new IllegalStateException(signal.getClass().getName() + " read another component");
                }
                readings.add(reading);
            });
        }
        return HealthScoring.score(weights(), readings);
    }

    OrganizationHealth health(OrganizationSummary organization, LocalDate asOf) {
        var health = score(organization.organizationId(), asOf);
        return new OrganizationHealth(organization.organizationId(), organization.name(), asOf, health,
                OrganizationHealth.practicesOf(health), trend(organization.organizationId()));
    }

    /** The last snapshots, oldest first. */
    List<OrganizationHealth.SnapshotPoint> trend(OrganizationId organization) {
        var newestFirst = snapshots.findByOrganizationIdOrderByTakenOnDesc(organization.value(),
                Limit.of(OrganizationHealth.TREND_LENGTH));
        return newestFirst.reversed().stream()
                .map(s -> new OrganizationHealth.SnapshotPoint(s.takenOn(), s.score())).toList();
    }

    /** Keeps today's health of an organization; a second snapshot the same day replaces the first. */
    void snapshot(OrganizationId organization, LocalDate day, Instant now) {
        keep(organization, day, score(organization, day), now);
    }

    /** Keeps given numbers as the snapshot of {@code day} (the demo's history of weeks before the portal ran). */
    void keep(OrganizationId organization, LocalDate day, HealthScore health, Instant now) {
        var snapshot = snapshots.findByOrganizationIdAndTakenOn(organization.value(), day)
                .orElseGet(() -> new HealthSnapshot(organization.value(), day));
        snapshot.record(health, now);
        snapshots.save(snapshot);
    }
}
