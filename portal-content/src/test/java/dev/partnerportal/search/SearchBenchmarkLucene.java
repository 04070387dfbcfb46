package dev.partnerportal.search;

import dev.partnerportal.content.IndexableContent;
import dev.partnerportal.content.ReaderAudience;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The benchmark's raw Lucene baselines, written with plain Lucene calls and none of the portal's service
 * layer: an IndexWriter indexing the portal's own documents from memory (the fair rebuild baseline; a one-field
 * StandardAnalyzer writer for context), and, on the
 * portal's own index, the same parsed query and audience filter with top 10, facet counts and highlighted
 * snippets (the equivalent-work baseline), or with top 10 only (the bare line).
 */
final class SearchBenchmarkLucene {

    private static final List<String> DIMENSIONS = List.of(SearchSchema.TYPE, SearchSchema.INDUSTRY,
            SearchSchema.PRODUCT, SearchSchema.LANGUAGE);
    private static final String[] BODY_FIELDS = SearchSchema.bodyFields();
    /** Built once: an Analyzer is thread-safe and reusable (snippets come from offsets in the postings). */
    private static final org.apache.lucene.analysis.Analyzer ANALYZER = SearchSchema.indexAnalyzer();

    private IndexReader facetReader;
    private SortedSetDocValuesReaderState facetState;

    /**
     * The fair rebuild baseline: the very documents the portal's rebuild writes ({@link SearchSchema#document} built
     * with {@link SearchSchema#FACETS}: every per-language analyzer, the folded {@code plain} field, suggestion
     * n-grams, facets, stored fields) from items already in memory, into a new index at {@code directory} through
     * an IndexWriter configured as the portal's rebuild configures its own ({@link SearchIndex#rebuildConfig}),
     * from as many threads as the rebuild uses. No database, no batching, no progress: what is left when the
     * portal's own overhead is taken away. Returns the seconds taken, commit included.
     */
    static double rebuildSameDocuments(List<IndexableContent> items, Path directory) throws IOException {
        var config = SearchIndex.rebuildConfig(new IndexWriterConfig(SearchSchema.indexAnalyzer()));
        try (var dir = FSDirectory.open(directory); var writer = new IndexWriter(dir, config)) {
            var started = System.nanoTime();
            var threads = new ArrayList<Thread>();
            var next = new java.util.concurrent.atomic.AtomicInteger();
            var failure = new java.util.concurrent.atomic.AtomicReference<Throwable>();
            for (int t = 0; t < SearchIndex.rebuildThreads(); t++) {
                threads.add(Thread.ofPlatform().start(() -> {
                    try {
                        for (int n = next.getAndIncrement(); n < items.size(); n = next.getAndIncrement()) {
                            writer.addDocument(SearchSchema.FACETS.build(SearchSchema.document(items.get(n))));
                        }
                    } catch (IOException | RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                }));
            }
            for (var thread : threads) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
            if (failure.get() != null) {
                throw new IOException("raw rebuild failed", failure.get());
            }
            writer.commit();
            return (System.nanoTime() - started) / 1e9;
        }
    }

    /**
     * The earlier, unfair baseline, kept for context: title, summary and body as one TextField with
     * StandardAnalyzer (no per-language analysis, no folded copy, no n-grams, no facets or stored fields),
     * the portal's rebuild RAM buffer, a parallel stream. Returns the seconds taken, commit included.
     */
    static double rebuildOneField(List<IndexableContent> items, Path directory) throws IOException {
        var config = SearchIndex.rebuildConfig(new IndexWriterConfig(new StandardAnalyzer()));
        try (var dir = FSDirectory.open(directory); var writer = new IndexWriter(dir, config)) {
            var started = System.nanoTime();
            items.parallelStream().forEach(item -> {
                var doc = new Document();
                doc.add(new TextField("text", item.title() + "\n" + item.summary() + "\n" + item.bodyMarkdown(),
                        Field.Store.NO));
                try {
                    writer.addDocument(doc);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.commit();
            return (System.nanoTime() - started) / 1e9;
        }
    }

    /** What the equivalent-work baseline found: every matching item, and how many hits it returned. */
    record Found(long total, int hits) {
    }

    /** The portal's work in plain Lucene: query, filter, top 10, facet counts, snippets, stored fields. */
    Found equivalent(SearchIndex index, String text, ReaderAudience audience, Instant now) throws IOException {
        var searcher = index.acquire();
        try {
            var query = new QueryText(text).query();
            var filtered = filtered(query, audience, now);
            var result = FacetsCollectorManager.search(searcher, filtered, 10, new FacetsCollectorManager());
            var collector = result.facetsCollector();
            var counts = new SortedSetDocValuesFacetCounts(facetState(searcher), collector);
            for (var dimension : DIMENSIONS) {
                counts.getTopChildren(20, dimension);
            }
            new LongRangeFacetCounts(SearchSchema.UPDATED, collector, ranges(now)).getAllChildren(SearchSchema.UPDATED);
            var top = result.topDocs();
            var highlighter = UnifiedHighlighter.builder(searcher, ANALYZER)
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                    .withMaxNoHighlightPassages(1).build();
            var passages = new int[BODY_FIELDS.length];
            Arrays.fill(passages, 2);
            highlighter.highlightFields(BODY_FIELDS, query, top, passages);
            var stored = searcher.storedFields();
            for (var hit : top.scoreDocs) {
                stored.document(hit.doc);
            }
            long total = collector.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
            return new Found(total, top.scoreDocs.length);
        } finally {
            index.release(searcher);
        }
    }

    /** Only {@code searcher.search(query, 10)} with the audience filter: the floor under any search. */
    static int bare(SearchIndex index, String text, ReaderAudience audience, Instant now) throws IOException {
        var searcher = index.acquire();
        try {
            TopDocs top = searcher.search(filtered(new QueryText(text).query(), audience, now), 10);
            return top.scoreDocs.length;
        } finally {
            index.release(searcher);
        }
    }

    private static Query filtered(Query query, ReaderAudience audience, Instant now) {
        return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(LongPoint.newRangeQuery(SearchSchema.EXPIRES, now.toEpochMilli() + 1, Long.MAX_VALUE),
                        BooleanClause.Occur.FILTER)
                .add(new TermInSetQuery(SearchSchema.TIER, List.of(new BytesRef(SearchSchema.EVERYONE),
                        new BytesRef(audience.tierCode()))), BooleanClause.Occur.FILTER)
                .add(new TermInSetQuery(SearchSchema.REGION, List.of(new BytesRef(SearchSchema.EVERYONE),
                        new BytesRef(audience.region()))), BooleanClause.Occur.FILTER)
                .build();
    }

    /** Facet ordinals are read once per reader, as any Lucene application does (not per query). */
    private SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
        if (facetReader != searcher.getIndexReader()) {
            facetState = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), SearchSchema.FACETS);
            facetReader = searcher.getIndexReader();
        }
        return facetState;
    }

    private static LongRange[] ranges(Instant now) {
        var yearAgo = now.minus(Duration.ofDays(365)).toEpochMilli();
        return new LongRange[] {
            new LongRange("week", now.minus(Duration.ofDays(7)).toEpochMilli(), true, Long.MAX_VALUE, true),
            new LongRange("month", now.minus(Duration.ofDays(30)).toEpochMilli(), true, Long.MAX_VALUE, true),
            new LongRange("year", yearAgo, true, Long.MAX_VALUE, true),
            new LongRange("older", Long.MIN_VALUE, true, yearAgo, false)};
    }
}
