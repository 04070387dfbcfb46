package dev.partnerportal.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of the change log the index follows: "item N changed at T". */
@Entity
@Table(name = "search_change")
class SearchChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "item_id", nullable = false)
    private Long itemId;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected SearchChange() {
    }

    SearchChange(long itemId, Instant recordedAt) {
        this.itemId = itemId;
        this.recordedAt = recordedAt;
    }

    long id() {
        return id;
    }

    long itemId() {
        return itemId;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
