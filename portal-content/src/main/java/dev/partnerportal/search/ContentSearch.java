package dev.partnerportal.search;

import dev.partnerportal.activity.ActivityRecorder;
import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.content.ContentItemId;
import dev.partnerportal.content.ContentLibrary;
import dev.partnerportal.shared.CallerContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import dev.partnerportal.shared.PortalMeters;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search over published content. A partner's results, counts, facets, snippets, corrections and
 * suggestions only ever reflect items in their audience; staff search every published item. While the
 * index is being rebuilt from the database, searches answer {@link SearchResults.State#REBUILDING}.
 */
@Service
public class ContentSearch {

    private final SearchIndex index;
    private final IndexFollower follower;
    private final SearchEngine engine;
    private final ContentLibrary library;
    private final GapRecorder gapRecorder;
    private final SearchGaps gaps;
    private final Clock clock;
    private final AuditTrail audit;
    private final CallerContext callers;
    private final Timer searchLatency;
    private final Timer suggestLatency;
    private final ActivityRecorder activity;

    ContentSearch(SearchIndex index, IndexFollower follower, SearchEngine engine, ContentLibrary library,
                  GapRecorder gapRecorder, SearchGaps gaps, Clock clock, AuditTrail audit, CallerContext callers,
                  PortalMeters meters, ActivityRecorder activity) {
        this.searchLatency = latency(meters, "search");
        this.suggestLatency = latency(meters, "suggest");
        this.activity = activity;
        this.audit = audit;
        this.callers = callers;
        this.index = index;
        this.follower = follower;
        this.engine = engine;
        this.library = library;
        this.gapRecorder = gapRecorder;
        this.gaps = gaps;
        this.clock = clock;
    }

    /** One page of results for the caller; a search that finds nothing is counted as a content gap. */
    @PreAuthorize("isAuthenticated()")
    public SearchResults search(SearchQuery query) {
        return search(query, null);
    }

    /**
     * As {@link #search(SearchQuery)}; of the items of one translation group the results show one, the item in
     * {@code language} (the reader's, e.g. "hu") where it matches, else the English one, else the oldest.
     */
    @PreAuthorize("isAuthenticated()")
    public SearchResults search(SearchQuery query, @Nullable String language) {
        if (!index.serving()) {
            return SearchResults.rebuilding(query);
        }
        long started = System.nanoTime();
        var audience = library.audienceOfCaller();
        SearchResults results;
        try {
            var searcher = index.acquire();
            try {
                results = engine.search(searcher, query, audience, language, clock.instant());
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            searchLatency.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
        if (results.total() == 0 && !query.text().isBlank() && !query.filtered()) {
            gapRecorder.record(query.text());
        }
        if (query.page() == 0) {
            activity.searched(callers.require(), query.text(), results.total());
        }
        return results;
    }

    /**
     * Records that the caller opened the result {@code item} of a search for {@code queryText} (click-through in
     * analytics). Only an item the caller may read counts; any other id is ignored.
     */
    @PreAuthorize("isAuthenticated()")
    public void opened(String queryText, ContentItemId item) {
        if (library.find(item).isPresent()) {
            activity.searchClicked(callers.require(), queryText, item.value());
        }
    }

    /** Up to eight titles the caller may read that match what they have typed so far. */
    @PreAuthorize("isAuthenticated()")
    public List<TitleSuggestion> suggest(String typed) {
        var text = typed == null ? "" : typed.strip();
        if (!index.serving() || text.isEmpty()) {
            return List.of();
        }
        long started = System.nanoTime();
        var audience = library.audienceOfCaller();
        try {
            var searcher = index.acquire();
            try {
                return engine.suggest(searcher, text.length() > SearchQuery.TEXT_MAX_LENGTH
                        ? text.substring(0, SearchQuery.TEXT_MAX_LENGTH) : text, audience, clock.instant());
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            suggestLatency.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    public IndexStatus status() {
        try {
            return new IndexStatus(index.serving(), follower.isRebuilding(), follower.rebuildDone(),
                    follower.rebuildTotal(), index.serving() ? index.documents() : 0, library.publishedCount(),
                    index.checkpoint());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a full rebuild from the database in the background; searches keep the current index meanwhile. */
    @PreAuthorize("hasRole('ADMIN')")
    public void rebuild() {
        audit.record(AuditAction.SEARCH_INDEX_REBUILD_REQUESTED, callers.require().username(), null,
                "index held " + (index.serving() ? documents() : 0) + " items", null);
        follower.rebuild();
    }

    private long documents() {
        try {
            return index.documents();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code portal.search.latency}: the caller's audience, the Lucene search and its snippets, as a histogram. */
    private static Timer latency(PortalMeters meters, String operation) {
        return Timer.builder("portal.search.latency")
                .description("Time to answer a search or a title suggestion on this node")
                .tag("operation", operation)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(meters.registry());
    }

    /** The most searched queries that found nothing in the last {@code days} days. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    @Transactional(readOnly = true)
    public List<ContentGap> gaps(int days, int limit) {
        return gaps.since(LocalDate.now(clock).minusDays(Math.clamp(days, 1, 366)), Limit.of(Math.clamp(limit, 1, 500)));
    }
}
