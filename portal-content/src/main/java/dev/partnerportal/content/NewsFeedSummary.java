package dev.partnerportal.content;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A subscribed feed as editors see it: when it was last fetched, how many entries it brought in all, and the
 * last failure with its time while the feed keeps failing ({@code lastError} is cleared by the next success).
 */
public record NewsFeedSummary(NewsFeedId id, String name, String url, Instant subscribedAt, @Nullable Instant lastFetchedAt,
                              int imported, @Nullable String lastError, @Nullable Instant lastErrorAt) {

    public static final int NAME_MAX_LENGTH = 120;
    public static final int URL_MAX_LENGTH = 1000;
}
