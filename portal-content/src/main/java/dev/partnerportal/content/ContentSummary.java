package dev.partnerportal.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of a content list. {@code reviewOverdue} is true when the review-by date has passed, so editors
 * see stale material; {@code version} is the optimistic-lock version an update must send back.
 */
public record ContentSummary(
        ContentItemId id,
        String slug,
        ContentType type,
        String title,
        String summary,
        String language,
        ContentStatus status,
        List<String> industries,
        List<String> products,
        List<String> regions,
        List<String> tiers,
        List<String> tags,
        @Nullable LocalDate reviewBy,
        boolean reviewOverdue,
        @Nullable Instant publishedAt,
        Instant updatedAt,
        int revision,
        long version) {
}
