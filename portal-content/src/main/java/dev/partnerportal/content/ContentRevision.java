package dev.partnerportal.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved state of an item, as a whole {@link ContentDocument}; never changed after it is written. */
@Entity
@Table(name = "content_revision")
class ContentRevision {

    static final int NOTE_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "item_id", nullable = false)
    private Long itemId;
    @Column(nullable = false)
    private int revision;
    @Column(nullable = false, length = 200_000)
    private String document;
    @Column(name = "saved_by", nullable = false, length = 254)
    private String savedBy;
    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;
    @Column(nullable = false, length = NOTE_MAX_LENGTH)
    private String note;

    protected ContentRevision() {
    }

    ContentRevision(ContentItemId item, int revision, String document, String savedBy, Instant savedAt, String note) {
        this.itemId = item.value();
        this.revision = revision;
        this.document = document;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.note = note;
    }

    int revision() { return revision; }
    String document() { return document; }
    RevisionSummary summary() {
        return new RevisionSummary(revision, savedBy, savedAt, note);
    }
}
