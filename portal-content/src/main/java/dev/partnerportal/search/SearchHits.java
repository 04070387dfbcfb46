package dev.partnerportal.search;

import dev.partnerportal.content.ContentItemId;
import dev.partnerportal.content.ContentType;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;

/**
 * One page of hits as people see them: stored fields plus a highlighted snippet from the body fields, or the
 * escaped summary when the query matched no body text. Snippets are HTML with only {@code <mark>} added.
 */
final class SearchHits {

    private static final String[] BODY_FIELDS = SearchSchema.bodyFields();
    /** Only consulted for fields without offsets in the postings; built once, analyzers are thread-safe. */
    private static final Analyzer HIGHLIGHT_ANALYZER = SearchSchema.indexAnalyzer();

    private SearchHits() {
    }

    static List<SearchHit> page(SearchIndex.FacetedSearcher searcher, TopDocs top, SearchQuery query,
                                Query highlightQuery) throws IOException {
        var from = query.page() * query.size();
        if (from >= top.scoreDocs.length) {
            return List.of();
        }
        var page = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
        var highlighter = UnifiedHighlighter.builder(searcher, HIGHLIGHT_ANALYZER)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxNoHighlightPassages(1)
                .build();
        var passages = new int[BODY_FIELDS.length];
        Arrays.fill(passages, 2);
        var snippets = highlighter.highlightFields(BODY_FIELDS, highlightQuery, new TopDocs(top.totalHits, page), passages);
        var stored = searcher.storedFields();
        var hits = new ArrayList<SearchHit>();
        for (int i = 0; i < page.length; i++) {
            var doc = stored.document(page[i].doc);
            var snippet = snippet(snippets, i);
            hits.add(new SearchHit(new ContentItemId(Long.parseLong(doc.get(SearchSchema.ID))), doc.get(SearchSchema.SLUG),
                    doc.get(SearchSchema.TITLE), ContentType.valueOf(doc.get(SearchSchema.TYPE)),
                    doc.get(SearchSchema.LANGUAGE), snippet != null ? snippet : escape(doc.get(SearchSchema.SUMMARY)),
                    page[i].score, Instant.ofEpochMilli(doc.getField(SearchSchema.UPDATED).numericValue().longValue())));
        }
        return hits;
    }

    private static @Nullable String snippet(Map<String, String[]> snippets, int hit) {
        for (var field : BODY_FIELDS) {
            var values = snippets.get(field);
            if (values != null && values[hit] != null && !values[hit].isBlank()) {
                return values[hit];
            }
        }
        return null;
    }

    static String escape(@Nullable String text) {
        var escaped = new StringBuilder();
        for (var c : Objects.requireNonNullElse(text, "").toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
