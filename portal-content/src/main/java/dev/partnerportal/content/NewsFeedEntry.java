package dev.partnerportal.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A feed entry that became a draft. The key is the SHA-256 of the entry's id (or its link when it has none);
 * (feed, key) is unique, so an entry is imported once however often the feed is fetched.
 */
@Entity
@Table(name = "news_feed_entry")
class NewsFeedEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "feed_id", nullable = false)
    private long feedId;

    @Column(name = "entry_key", nullable = false, length = 64)
    private String entryKey;

    @Column(name = "content_item_id", nullable = false)
    private long contentItemId;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected NewsFeedEntry() {
    }

    NewsFeedEntry(long feedId, String entryKey, long contentItemId, Instant importedAt) {
        this.feedId = feedId;
        this.entryKey = entryKey;
        this.contentItemId = contentItemId;
        this.importedAt = importedAt;
    }
}
