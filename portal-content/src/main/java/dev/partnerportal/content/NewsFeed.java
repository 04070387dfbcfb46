package dev.partnerportal.content;

import dev.partnerportal.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An RSS or Atom feed the portal is subscribed to; its entries arrive as draft industry reports owned by the subscriber. */
@Entity
@Table(name = "news_feed")
class NewsFeed {

    static final int ERROR_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NewsFeedSummary.NAME_MAX_LENGTH)
    private String name;

    @Column(nullable = false, length = NewsFeedSummary.URL_MAX_LENGTH)
    private String url;

    @Column(name = "subscribed_by", nullable = false)
    private long subscribedBy;

    @Column(name = "subscribed_at", nullable = false)
    private Instant subscribedAt;

    @Column(name = "last_fetched_at")
    private @Nullable Instant lastFetchedAt;

    @Column(nullable = false)
    private int imported;

    @Column(name = "last_error", length = ERROR_MAX_LENGTH)
    private @Nullable String lastError;

    @Column(name = "last_error_at")
    private @Nullable Instant lastErrorAt;

    @Version
    private long version;

    protected NewsFeed() {
    }

    NewsFeed(String name, String url, UserId subscribedBy, Instant now) {
        this.name = name;
        this.url = url;
        this.subscribedBy = subscribedBy.value();
        this.subscribedAt = now;
    }

    void fetched(int newEntries, Instant now) {
        this.lastFetchedAt = now;
        this.imported += newEntries;
        this.lastError = null;
        this.lastErrorAt = null;
    }

    void failed(String error, Instant now) {
        this.lastError = error.length() > ERROR_MAX_LENGTH ? error.substring(0, ERROR_MAX_LENGTH) : error;
        this.lastErrorAt = now;
    }

    NewsFeedSummary view() {
        return new NewsFeedSummary(new NewsFeedId(id), name, url, subscribedAt, lastFetchedAt, imported, lastError, lastErrorAt);
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    String url() {
        return url;
    }

    UserId subscribedBy() {
        return new UserId(subscribedBy);
    }
}
