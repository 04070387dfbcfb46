package dev.partnerportal.health;

import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.shared.OrganizationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Asks every {@link HealthSignal} about organizations and weighs the answers; keeps and reads snapshots. Checks
 * no caller: {@link RelationshipHealth} decides who may see what, the snapshot job and the demo run as the system.
 * Runs inside its caller's transaction.
 */
@Component
class HealthEvaluation {

    /** How many organizations are scored together: thousands of ids would otherwise be bound into one statement. */
    static final int SLICE = 500;

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
        return scoreAll(List.of(organization), asOf).get(organization);
    }

    /**
     * The health of each of these organizations (in their order, each once): every signal reads all of them at
     * once and the weights are read once, so scoring many costs the statements of scoring one.
     */
    Map<OrganizationId, HealthScore> scoreAll(Collection<OrganizationId> organizations, LocalDate asOf) {
        if (organizations.isEmpty()) {
            return Map.of();
        }
        var all = organizations.stream().distinct().toList();
        var scores = new LinkedHashMap<OrganizationId, HealthScore>();
        for (int from = 0; from < all.size(); from += SLICE) {
            scores.putAll(scoreSlice(all.subList(from, Math.min(all.size(), from + SLICE)), asOf));
        }
        return scores;
    }

    private Map<OrganizationId, HealthScore> scoreSlice(List<OrganizationId> wanted, LocalDate asOf) {
        var readings = new HashMap<OrganizationId, List<HealthReading>>();
        for (var signal : signals) {
            var read = signal.readAll(wanted, asOf);
            // In the order of the signals for each organization, as when one organization is scored alone.
            for (var organization : wanted) {
                var reading = read.get(organization);
                if (reading == null) {
                    continue;
                }
                if (reading.component() != signal.component()) {
                    throw new IllegalStateException(signal.getClass().getName() + " read another component");
                }
                readings.computeIfAbsent(organization, o -> new ArrayList<>()).add(reading);
            }
        }
        var weights = weights();
        var scores = new LinkedHashMap<OrganizationId, HealthScore>();
        for (var organization : wanted) {
            scores.put(organization, HealthScoring.score(weights, readings.getOrDefault(organization, List.of())));
        }
        return scores;
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

    /**
     * Keeps the health of each of these organizations on {@code day}, scored together (a second snapshot the same
     * day replaces the first); returns how many.
     */
    int snapshotAll(Collection<OrganizationId> organizations, LocalDate day, Instant now) {
        var scores = scoreAll(organizations, day);
        scores.forEach((organization, health) -> keep(organization, day, health, now));
        return scores.size();
    }

    /** Keeps given numbers as the snapshot of {@code day} (the demo's history of weeks before the portal ran). */
    void keep(OrganizationId organization, LocalDate day, HealthScore health, Instant now) {
        var snapshot = snapshots.findByOrganizationIdAndTakenOn(organization.value(), day)
                .orElseGet(() -> new HealthSnapshot(organization.value(), day));
        snapshot.record(health, now);
        snapshots.save(snapshot);
    }
}
