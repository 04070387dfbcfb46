package dev.partnerportal.health;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** An organization's score and component scores on one day; another snapshot the same day replaces them. */
@Entity
@Table(name = "health_snapshot")
class HealthSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "taken_on", nullable = false)
    private LocalDate takenOn;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(nullable = false)
    private int score;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "health_snapshot_component", joinColumns = @JoinColumn(name = "snapshot_id"))
    @org.hibernate.annotations.BatchSize(size = 50)
    @MapKeyColumn(name = "component", length = 30)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "score", nullable = false)
    private Map<HealthComponent, Integer> components = new HashMap<>();

    protected HealthSnapshot() {
    }

    HealthSnapshot(long organizationId, LocalDate takenOn) {
        this.organizationId = organizationId;
        this.takenOn = takenOn;
    }

    /** Keeps {@code health}'s numbers, replacing what this day held before. */
    void record(HealthScore health, Instant now) {
        this.takenAt = now;
        this.score = health.score();
        components.clear();
        health.components().forEach(c -> components.put(c.component(), c.score()));
    }

    long id() {
        return Objects.requireNonNull(id, "not yet persisted");
    }

    LocalDate takenOn() {
        return takenOn;
    }

    int score() {
        return score;
    }

    Map<HealthComponent, Integer> components() {
        var copy = new EnumMap<HealthComponent, Integer>(HealthComponent.class);
        copy.putAll(components);
        return copy;
    }
}
