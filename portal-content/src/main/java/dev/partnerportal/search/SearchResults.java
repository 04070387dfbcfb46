package dev.partnerportal.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of results. {@code total} counts every matching item the caller may read; facets count the same
 * set (each dimension as if its own filter were not set, so other values stay visible). {@code approximate}
 * says the words were not all found as typed and similar words were used; {@code didYouMean}, when present,
 * is a corrected query that finds items the caller may read.
 */
public record SearchResults(State state, long total, int page, int size, List<SearchHit> hits,
                            List<Facet> facets, @Nullable String didYouMean, boolean approximate) {

    /** READY: an answer; REBUILDING: the index is being rebuilt from the database, ask again shortly. */
    public enum State { READY, REBUILDING }

    public static SearchResults rebuilding(SearchQuery query) {
        return new SearchResults(State.REBUILDING, 0, query.page(), query.size(), List.of(), List.of(), null, false);
    }

    public int pages() {
        return (int) Math.min((total + size - 1) / size, SearchQuery.MAX_RESULTS / size);
    }

    /** A facet dimension ("type", "industry", "product", "language", "updated") and its value counts. */
    public record Facet(String dimension, List<FacetCount> values) {
    }

    public record FacetCount(String value, long count, boolean selected) {
    }
}
