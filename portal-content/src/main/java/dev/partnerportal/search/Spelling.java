package dev.partnerportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.jspecify.annotations.Nullable;

/**
 * Typo tolerance. Words that no item the caller may see contains are replaced by the closest words that
 * such an item does contain (within two edits, from the unstemmed {@link SearchSchema#PLAIN} field), up to
 * {@link #ALTERNATIVES} of them; the corrected text is then searched like typed text, so stemming, every
 * language and highlighting apply. Whether a word is known, which candidates count and how they rank all
 * come from counts under the caller's restrictions, so no word only a hidden item holds is ever offered,
 * and whether one exists changes nothing the caller sees.
 *
 * @param alternatives the query with each unknown word replaced by its alternatives, {@code (a | b | c)}
 * @param best         the query with each unknown word replaced by its closest alternative ("did you mean")
 * @param single       whether every corrected word had exactly one alternative (then both queries are equal)
 */
record Spelling(String alternatives, String best, boolean single) {

    static final int ALTERNATIVES = 3;
    /** Longer queries find enough without tolerance, and each corrected word costs a dictionary scan. */
    static final int MAX_WORDS = 6;
    /** Close words examined per typed word; hidden items' words among them are dropped, so look past a few. */
    static final int CANDIDATES = 25;

    /** The corrections for the typed text, or null when every word is known or none has a close match. */
    static @Nullable Spelling of(SearchIndex.FacetedSearcher searcher, QueryText text, List<Query> restrictions)
            throws IOException {
        var words = text.words();
        if (words.isEmpty() || words.size() > MAX_WORDS) {
            return null;
        }
        var reader = searcher.getIndexReader();
        var checker = new DirectSpellChecker();
        // The checker's own cut-off for frequent words counts hidden items too; visibility is decided below.
        checker.setMaxQueryFrequency(Integer.MAX_VALUE);
        var alternatives = new ArrayList<String>();
        var best = new ArrayList<String>();
        var corrected = false;
        var single = true;
        for (var word : words) {
            var term = new Term(SearchSchema.PLAIN, word);
            var similar = visible(searcher, term, restrictions) > 0 ? List.<String>of()
                    : visibleSimilar(searcher, checker.suggestSimilar(term, CANDIDATES, reader, SuggestMode.SUGGEST_ALWAYS),
                    word, restrictions);
            if (similar.isEmpty()) {
                alternatives.add(word);
                best.add(word);
                continue;
            }
            corrected = true;
            single &= similar.size() == 1;
            best.add(similar.getFirst());
            var options = new ArrayList<>(similar);
            alternatives.add(options.size() == 1 ? options.getFirst() : "(" + String.join(" | ", options) + ")");
        }
        if (!corrected) {
            return null;
        }
        var exclusions = text.exclusions();
        return new Spelling(join(alternatives, exclusions), String.join(" ", best), single && exclusions.isEmpty());
    }

    /** How many items the caller may see hold the word. */
    private static int visible(SearchIndex.FacetedSearcher searcher, Term term, List<Query> restrictions) throws IOException {
        var query = new BooleanQuery.Builder().add(new TermQuery(term), BooleanClause.Occur.MUST);
        restrictions.forEach(r -> query.add(r, BooleanClause.Occur.FILTER));
        return searcher.count(query.build());
    }

    /** The candidates held by items the caller may see, closest first, then the most common among those items. */
    private static List<String> visibleSimilar(SearchIndex.FacetedSearcher searcher, SuggestWord[] candidates, String word,
                                               List<Query> restrictions) throws IOException {
        record Visible(String word, float score, int count) {
        }
        var kept = new ArrayList<Visible>();
        for (var candidate : candidates) {
            if (candidate.string.equals(word)) {
                continue;
            }
            var count = visible(searcher, new Term(SearchSchema.PLAIN, candidate.string), restrictions);
            if (count > 0) {
                kept.add(new Visible(candidate.string, candidate.score, count));
            }
        }
        kept.sort(Comparator.comparing(Visible::score).reversed().thenComparing(Comparator.comparing(Visible::count).reversed())
                .thenComparing(Visible::word));
        return kept.stream().limit(ALTERNATIVES).map(Visible::word).toList();
    }

    private static String join(List<String> words, List<String> exclusions) {
        var all = new ArrayList<>(words);
        all.addAll(exclusions);
        return String.join(" ", all);
    }
}
