package dev.partnerportal.search;

import java.util.List;

/** What each figure of the search benchmark measures, for the "How it is measured" part of the report. */
final class SearchBenchmarkNotes {

    private SearchBenchmarkNotes() {
    }

    static List<String> queries(String configurations) {
        return List.of(
                "Every latency is System.nanoTime around one call on the benchmark thread; p50 and p99 are exact "
                        + "nearest-rank percentiles of the sorted samples. Timings are reported, never asserted.",
                "(a) portal: `ContentSearch.search(SearchQuery.of(text))` signed in as carol@contoso.test (REGISTERED, "
                        + "North America), i.e. method security, the caller's audience (kept per organization, checked "
                        + "with one read of the organization's version), query "
                        + "parsing, the recency-boosted query with audience and expiry filters, five facet dimensions, "
                        + "snippets from the body fields, the typo-tolerant retry and \"did you mean\" when fewer than "
                        + "three items match, and content-gap recording when nothing does.",
                "(b) raw Lucene, same work: a searcher acquired from the same SearchIndex, the same parsed query "
                        + "(QueryText, i.e. SimpleQueryParser over every language's fields) with the same audience and "
                        + "expiry filters as FILTER clauses, top 10 through FacetsCollectorManager, "
                        + "SortedSetDocValuesFacetCounts for type, industry, product and language plus "
                        + "LongRangeFacetCounts for last updated, UnifiedHighlighter snippets from the same body fields, "
                        + "stored fields of the hits. No recency boost, no typo retry, no database: the 1.3x target "
                        + "compares the portal with this line. The portal and this line must count exactly the same "
                        + "items for every query the portal answers without typo tolerance, except that the portal "
                        + "counts a translation group once (the demo items include translated ones), so this line may "
                        + "count up to that many more (asserted).",
                "raw Lucene, bare top 10: `searcher.search(query, 10)` with the same filters, nothing else; for context.",
                "(c) PostgreSQL FTS on the same rows of content_item in the same embedded server: a tsvector column "
                        + "built with each row's language configuration (title weight A, summary B, body), a GIN index, "
                        + "the query as to_tsquery in every configuration (" + configurations + ") OR-ed together "
                        + "(& for AND, | for OR, <-> for phrases, :* for prefixes), the same audience and expiry "
                        + "filters, ORDER BY ts_rank DESC LIMIT 10, ids fetched. It computes no facets, no snippets "
                        + "and has no typo tolerance, so it does less work than (a); Korean and Vietnamese use the "
                        + "'simple' configuration, as PostgreSQL has none for them.",
                "Rebuild: the portal's figure is IndexFollower.rebuild() reading every published item from "
                        + "PostgreSQL in batches of 500 (JPA) on the follower thread while " + SearchIndex.rebuildThreads()
                        + " indexing threads render Markdown and analyze each batch (each language's analyzer plus "
                        + "folding, suggestion n-grams, facets, stored fields) into the one IndexWriter, with a "
                        + (int) SearchIndex.REBUILD_RAM_BUFFER_MB + " MB RAM buffer, until committed and searchable. "
                        + "The fair baseline, raw IndexWriter with the same documents, builds exactly those documents "
                        + "(SearchSchema.document with the same FacetsConfig, analyzers and writer configuration) from "
                        + "items already in memory on as many threads, no database and no batches, once just before "
                        + "and once just after the portal's rebuild (the shared machine's load drifts, and the first "
                        + "run also pays for warming up the analyzers); the portal's target is at least 0.7x of the "
                        + "mean of the two. The one-field line (title, summary and body as one "
                        + "TextField, StandardAnalyzer, parallel stream, same RAM buffer) is the earlier baseline, "
                        + "kept for context. Every rebuild figure includes the final commit.");
    }

    static List<String> publishing(int publishes) {
        return List.of("Publish → searchable: " + publishes + " items, one at a time, created and published with "
                + "ContentEditing as admin@vendor.test (change-log entry in the same transaction, follower woken "
                + "after commit), then ContentSearch polled as carol@contoso.test every 0.2 ms plus the search's own "
                + "time until the item is among the hits; measured from the return of publish(), when the item is "
                + "committed. The test clock is fixed, so the follower does not commit to disk between publishes "
                + "(visibility comes from the near-real-time refresh, as in production).");
    }
}
