package dev.partnerportal.activity;

import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing a person did, with ids only: never a name or an e-mail address. {@code organizationId} is empty for
 * vendor staff, whose activity analytics leaves out. {@code queryText} is normalized (see {@link #normalizeQuery}).
 */
public record ActivityRecord(Instant occurredAt, ActivityKind kind, UserId userId, @Nullable OrganizationId organizationId,
                             @Nullable Long subjectId, @Nullable String contentType, @Nullable String language,
                             @Nullable String queryText, @Nullable Integer resultCount, @Nullable Integer score,
                             @Nullable Boolean passed) {

    /** The longest query text kept; longer queries are cut. */
    public static final int QUERY_MAX_LENGTH = 200;

    public ActivityRecord {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(userId, "userId");
        queryText = queryText == null ? null : normalizeQuery(queryText);
    }

    /** An event without subject or attributes (a sign-in). */
    public static ActivityRecord of(Instant at, ActivityKind kind, UserId user, @Nullable OrganizationId organization) {
        return new ActivityRecord(at, kind, user, organization, null, null, null, null, null, null, null);
    }

    /** An event about a content item of a type and language (a view or a download). */
    public static ActivityRecord content(Instant at, ActivityKind kind, UserId user, @Nullable OrganizationId organization,
                                         long itemId, String contentType, String language) {
        return new ActivityRecord(at, kind, user, organization, itemId, contentType, language, null, null, null, null);
    }

    /** A search with the number of results it found. */
    public static ActivityRecord search(Instant at, UserId user, @Nullable OrganizationId organization, String query,
                                        long results) {
        return new ActivityRecord(at, ActivityKind.SEARCH, user, organization, null, null, null, query,
                (int) Math.min(Integer.MAX_VALUE, results), null, null);
    }

    /** A click on a search result: the query that found it and the item. */
    public static ActivityRecord searchClick(Instant at, UserId user, @Nullable OrganizationId organization, String query,
                                             long itemId) {
        return new ActivityRecord(at, ActivityKind.SEARCH_CLICK, user, organization, itemId, null, null, query, null,
                null, null);
    }

    /** Lesson progress (subject: the course) or a quiz result (subject: the quiz), with a percentage. */
    public static ActivityRecord training(Instant at, ActivityKind kind, UserId user, @Nullable OrganizationId organization,
                                          long subjectId, int percent, @Nullable Boolean passed) {
        return new ActivityRecord(at, kind, user, organization, subjectId, null, null, null, null, percent, passed);
    }

    /**
     * The form a query is counted in: lower case, surrounding and repeated white space removed, at most
     * {@link #QUERY_MAX_LENGTH} characters, so "Cheat  Sheet " and "cheat sheet" are one query.
     */
    public static String normalizeQuery(String query) {
        var text = query.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return text.length() > QUERY_MAX_LENGTH ? text.substring(0, QUERY_MAX_LENGTH) : text;
    }
}
