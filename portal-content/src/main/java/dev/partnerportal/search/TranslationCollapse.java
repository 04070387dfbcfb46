package dev.partnerportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Query-time collapse of translation groups: of the items matching a query, each group keeps one, the one in the
 * reader's language where it matches, else the English one, else the lowest id (the rule the library list uses).
 * One pass over the matches reads the group, language and id doc values; the others become a filter that the real
 * query (its hits, totals and facets) then carries. The index stays derived from the database: nothing about the
 * collapse is stored.
 */
final class TranslationCollapse {

    private TranslationCollapse() {
    }

    private record Match(String group, String language, long id) {
    }

    /** A filter that leaves out every match that is not its group's choice, or empty when nothing needs leaving out. */
    static Optional<Query> filter(IndexSearcher searcher, Query matching, @Nullable String language) throws IOException {
        var byGroup = new HashMap<String, List<Match>>();
        for (var match : searcher.search(matching, new Matches())) {
            byGroup.computeIfAbsent(match.group(), g -> new ArrayList<>()).add(match);
        }
        var left = new ArrayList<BytesRef>();
        for (var group : byGroup.values()) {
            if (group.size() > 1) {
                group.sort(Comparator.comparingInt((Match m) -> rank(m.language(), language)).thenComparingLong(Match::id));
                group.subList(1, group.size()).forEach(m -> left.add(new BytesRef(Long.toString(m.id()))));
            }
        }
        if (left.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
                .add(new TermInSetQuery(SearchSchema.ID, left), BooleanClause.Occur.MUST_NOT)
                .build());
    }

    private static int rank(String itemLanguage, @Nullable String language) {
        var primary = itemLanguage.split("-", 2)[0];
        return primary.equalsIgnoreCase(language == null ? "en" : language) ? 0 : primary.equalsIgnoreCase("en") ? 1 : 2;
    }

    /** Collects the group, language and id of every match (no scores). */
    private static final class Matches implements CollectorManager<Matches.Leaf, List<Match>> {

        @Override
        public Leaf newCollector() {
            return new Leaf();
        }

        @Override
        public List<Match> reduce(Collection<Leaf> collectors) {
            return collectors.stream().flatMap(c -> c.matches.stream()).toList();
        }

        static final class Leaf extends SimpleCollector {
            final List<Match> matches = new ArrayList<>();
            private SortedDocValues groups = DocValues.emptySorted();
            private SortedDocValues languages = DocValues.emptySorted();
            private SortedSetDocValues ids = DocValues.emptySortedSet();

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                groups = DocValues.getSorted(context.reader(), SearchSchema.TRANSLATION_GROUP);
                languages = DocValues.getSorted(context.reader(), SearchSchema.TRANSLATION_LANGUAGE);
                ids = DocValues.getSortedSet(context.reader(), SearchSchema.ID);
            }

            @Override
            public void collect(int doc) throws IOException {
                if (groups.advanceExact(doc) && languages.advanceExact(doc) && ids.advanceExact(doc)) {
                    matches.add(new Match(groups.lookupOrd(groups.ordValue()).utf8ToString(),
                            languages.lookupOrd(languages.ordValue()).utf8ToString(),
                            Long.parseLong(ids.lookupOrd(ids.nextOrd()).utf8ToString())));
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        }
    }
}
