package dev.partnerportal.search;

import dev.partnerportal.content.ContentItemId;
import dev.partnerportal.content.ReaderAudience;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs searches on one searcher: the text query with the caller's audience and the expiry as filters,
 * ranking boosted by freshness, facet counts, highlighted snippets, a typo-tolerant retry and a
 * "did you mean" when results are few, and title suggestions. Every count, snippet and suggestion comes
 * from queries that carry the audience filter.
 */
@Component
class SearchEngine {

    private static final Logger log = LoggerFactory.getLogger(SearchEngine.class);
    /** Fewer results than this try typo tolerance and a spelling suggestion. */
    static final int FEW = 3;
    static final int SUGGESTIONS = 8;
    static final List<String> DIMENSIONS = List.of(SearchSchema.TYPE, SearchSchema.INDUSTRY, SearchSchema.PRODUCT,
            SearchSchema.LANGUAGE, SearchSchema.UPDATED);
    private static final int FACET_VALUES = 20;

    /**
     * One page of results. Never fails on what was typed: if the analyzers split the text into more clauses
     * than Lucene allows, it is searched again as fewer of its words, and as nothing if even one word is too many.
     */
    SearchResults search(SearchIndex.FacetedSearcher searcher, SearchQuery query, Optional<ReaderAudience> audience,
                         Instant now) throws IOException {
        return search(searcher, query, audience, null, now);
    }

    /**
     * As above, with one hit per translation group: the item in {@code language} (the reader's) where it matches,
     * else the English one, else the oldest ({@link TranslationCollapse}).
     */
    SearchResults search(SearchIndex.FacetedSearcher searcher, SearchQuery query, Optional<ReaderAudience> audience,
                         @Nullable String language, Instant now) throws IOException {
        var text = new QueryText(query.text());
        while (true) {
            try {
                return search(searcher, query, text, audience, language, now);
            } catch (IndexSearcher.TooManyClauses e) {
                var terms = text.terms();
                log.debug("Query of {} words expands beyond {} clauses; searching fewer", terms,
                        IndexSearcher.getMaxClauseCount());
                if (terms <= 1) {
                    break;
                }
                text = new QueryText(query.text(), terms / 2);
            }
        }
        return new SearchResults(SearchResults.State.READY, 0, query.page(), query.size(), List.of(),
                DIMENSIONS.stream().map(d -> new SearchResults.Facet(d, List.of())).toList(), null, false);
    }

    private SearchResults search(SearchIndex.FacetedSearcher searcher, SearchQuery query, QueryText text,
                                 Optional<ReaderAudience> audience, @Nullable String language, Instant now) throws IOException {
        var restrictions = restrictions(audience, now);
        var filters = filters(query, now);
        var textQuery = text.query();
        var found = run(searcher, textQuery, restrictions, filters, query, language, now);
        var approximate = false;
        String didYouMean = null;
        var spelling = found.total < FEW && !text.isBlank() ? Spelling.of(searcher, text, restrictions) : null;
        if (spelling != null) {
            var exact = found.total;
            var tolerant = new QueryText(spelling.alternatives()).query();
            var retry = run(searcher, tolerant, restrictions, filters, query, language, now);
            if (retry.total > found.total) {
                found = retry;
                textQuery = tolerant;
                approximate = true;
            }
            // A correction is offered only if it finds more items the caller may read than the typed query:
            // a word that exists only in items outside the caller's audience is never suggested.
            var corrected = spelling.single() ? retry.total
                    : searcher.count(combined(new QueryText(spelling.best()).query(), restrictions, filters, null));
            didYouMean = corrected > exact ? spelling.best() : null;
        }
        var hits = SearchHits.page(searcher, found.top, query, textQuery);
        var facets = facets(searcher, found.collector, textQuery, found.restrictions, filters, query, now);
        return new SearchResults(SearchResults.State.READY, found.total, query.page(), query.size(), hits, facets,
                didYouMean, approximate);
    }

    List<TitleSuggestion> suggest(SearchIndex.FacetedSearcher searcher, String typed, Optional<ReaderAudience> audience,
                                  Instant now) throws IOException {
        var words = QueryText.folded(typed);
        if (words.isEmpty()) {
            return List.of();
        }
        var query = new BooleanQuery.Builder();
        for (var word : words.subList(0, Math.min(words.size(), QueryText.MAX_WORDS))) {
            var gram = word.codePointCount(0, word.length()) > 20 ? word.substring(0, word.offsetByCodePoints(0, 20)) : word;
            query.add(new TermQuery(new Term(SearchSchema.SUGGEST, gram)), BooleanClause.Occur.MUST);
        }
        restrictions(audience, now).forEach(r -> query.add(r, BooleanClause.Occur.FILTER));
        var top = searcher.search(query.build(), SUGGESTIONS);
        var stored = searcher.storedFields();
        var suggestions = new ArrayList<TitleSuggestion>();
        for (var hit : top.scoreDocs) {
            var doc = stored.document(hit.doc);
            suggestions.add(new TitleSuggestion(new ContentItemId(Long.parseLong(doc.get(SearchSchema.ID))),
                    doc.get(SearchSchema.SLUG), doc.get(SearchSchema.TITLE)));
        }
        return suggestions;
    }

    /** Only items not yet expired, and for a partner only items for their tier, region and industries. */
    static List<Query> restrictions(Optional<ReaderAudience> audience, Instant now) {
        var restrictions = new ArrayList<Query>();
        restrictions.add(LongPoint.newRangeQuery(SearchSchema.EXPIRES, now.toEpochMilli() + 1, Long.MAX_VALUE));
        audience.ifPresent(a -> {
            restrictions.add(new TermInSetQuery(SearchSchema.TIER,
                    List.of(new BytesRef(SearchSchema.EVERYONE), new BytesRef(a.tierCode()))));
            restrictions.add(new TermInSetQuery(SearchSchema.REGION,
                    List.of(new BytesRef(SearchSchema.EVERYONE), new BytesRef(a.region()))));
            var industries = new ArrayList<BytesRef>();
            industries.add(new BytesRef(SearchSchema.EVERYONE));
            a.industries().forEach(industry -> industries.add(new BytesRef(industry)));
            restrictions.add(new TermInSetQuery(SearchSchema.AUDIENCE_INDUSTRY, industries));
        });
        return restrictions;
    }

    private static Map<String, Query> filters(SearchQuery query, Instant now) {
        var filters = new LinkedHashMap<String, Query>();
        if (query.type() != null) {
            filters.put(SearchSchema.TYPE, new TermQuery(new Term(SearchSchema.TYPE, query.type().name())));
        }
        if (query.industry() != null) {
            filters.put(SearchSchema.INDUSTRY, new TermQuery(new Term(SearchSchema.INDUSTRY, query.industry())));
        }
        if (query.product() != null) {
            filters.put(SearchSchema.PRODUCT, new TermQuery(new Term(SearchSchema.PRODUCT, query.product())));
        }
        if (query.language() != null) {
            filters.put(SearchSchema.LANGUAGE, new TermQuery(new Term(SearchSchema.LANGUAGE, query.language())));
        }
        if (query.updated() != null) {
            var range = range(query.updated(), now);
            filters.put(SearchSchema.UPDATED, LongPoint.newRangeQuery(SearchSchema.UPDATED, range.min, range.max));
        }
        return filters;
    }

    private static Query combined(Query text, List<Query> restrictions, Map<String, Query> filters,
                                  @Nullable String except) {
        var query = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        restrictions.forEach(r -> query.add(r, BooleanClause.Occur.FILTER));
        filters.forEach((dimension, filter) -> {
            if (!dimension.equals(except)) {
                query.add(filter, BooleanClause.Occur.FILTER);
            }
        });
        return query.build();
    }

    /** The hits, their facet counts and total, and the restrictions they ran with (translation collapse included). */
    private record Found(TopDocs top, FacetsCollector collector, long total, List<Query> restrictions) {
    }

    private static Found run(SearchIndex.FacetedSearcher searcher, Query text, List<Query> audienceAndExpiry,
                             Map<String, Query> filters, SearchQuery query, @Nullable String language, Instant now)
            throws IOException {
        var restrictions = new ArrayList<>(audienceAndExpiry);
        TranslationCollapse.filter(searcher, combined(text, audienceAndExpiry, filters, null), language)
                .ifPresent(restrictions::add);
        var ranked = FunctionScoreQuery.boostByValue(combined(text, restrictions, filters, null),
                new RecencyBoost(now.toEpochMilli()).source());
        var result = FacetsCollectorManager.search(searcher, ranked, (query.page() + 1) * query.size(),
                new FacetsCollectorManager());
        long total = result.facetsCollector().getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
        return new Found(result.topDocs(), result.facetsCollector(), total, restrictions);
    }

    private List<SearchResults.Facet> facets(SearchIndex.FacetedSearcher searcher, FacetsCollector main, Query text,
                                             List<Query> restrictions, Map<String, Query> filters, SearchQuery query,
                                             Instant now) throws IOException {
        var collectors = new HashMap<String, FacetsCollector>();
        for (var dimension : filters.keySet()) {
            // Drill sideways: a dimension's counts ignore its own filter, so the other values stay choosable.
            collectors.put(dimension, searcher.search(combined(text, restrictions, filters, dimension),
                    new FacetsCollectorManager()));
        }
        var state = searcher.facets();
        var counted = new HashMap<FacetsCollector, Facets>();
        var selected = selected(query);
        var facets = new ArrayList<SearchResults.Facet>();
        for (var dimension : DIMENSIONS) {
            var collector = collectors.getOrDefault(dimension, main);
            FacetResult result;
            if (dimension.equals(SearchSchema.UPDATED)) {
                result = new LongRangeFacetCounts(SearchSchema.UPDATED, collector, ranges(now))
                        .getAllChildren(SearchSchema.UPDATED);
            } else if (state == null) {
                result = null;
            } else {
                var counts = counted.computeIfAbsent(collector, c -> {
                    try {
                        return new SortedSetDocValuesFacetCounts(state, c);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                result = counts.getTopChildren(FACET_VALUES, dimension);
            }
            var values = new ArrayList<SearchResults.FacetCount>();
            if (result != null) {
                for (var value : result.labelValues) {
                    if (value.value.longValue() > 0) {
                        values.add(new SearchResults.FacetCount(value.label, value.value.longValue(),
                                value.label.equals(selected.get(dimension))));
                    }
                }
            }
            facets.add(new SearchResults.Facet(dimension, values));
        }
        return facets;
    }

    private static Map<String, String> selected(SearchQuery query) {
        var selected = new HashMap<String, String>();
        if (query.type() != null) {
            selected.put(SearchSchema.TYPE, query.type().name());
        }
        if (query.industry() != null) {
            selected.put(SearchSchema.INDUSTRY, query.industry());
        }
        if (query.product() != null) {
            selected.put(SearchSchema.PRODUCT, query.product());
        }
        if (query.language() != null) {
            selected.put(SearchSchema.LANGUAGE, query.language());
        }
        if (query.updated() != null) {
            selected.put(SearchSchema.UPDATED, query.updated().name());
        }
        return selected;
    }

    private static LongRange[] ranges(Instant now) {
        return Arrays.stream(UpdatedWithin.values()).map(u -> range(u, now)).toArray(LongRange[]::new);
    }

    private static LongRange range(UpdatedWithin within, Instant now) {
        var yearAgo = now.minus(Duration.ofDays(UpdatedWithin.YEAR.days())).toEpochMilli();
        return within == UpdatedWithin.OLDER
                ? new LongRange(within.name(), Long.MIN_VALUE, true, yearAgo, false)
                : new LongRange(within.name(), now.minus(Duration.ofDays(within.days())).toEpochMilli(), true,
                Long.MAX_VALUE, true);
    }
}
