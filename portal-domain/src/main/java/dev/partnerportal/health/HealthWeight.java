package dev.partnerportal.health;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The weight of one component; the migration seeds equal weights. */
@Entity
@Table(name = "health_weight")
class HealthWeight {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private HealthComponent component;

    @Column(nullable = false)
    private int weight;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", length = 254)
    private @Nullable String changedBy;

    protected HealthWeight() {
    }

    HealthWeight(HealthComponent component, int weight, Instant now, @Nullable String by) {
        this.component = component;
        this.weight = weight;
        this.changedAt = now;
        this.changedBy = by;
    }

    HealthComponent component() {
        return component;
    }

    int weight() {
        return weight;
    }

    void change(int weight, Instant now, String by) {
        this.weight = weight;
        this.changedAt = now;
        this.changedBy = by;
    }
}
