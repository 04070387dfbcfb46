package dev.partnerportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.jspecify.annotations.Nullable;

/**
 * Typo tolerance. Words the index does not know are replaced by the closest words it does know (within two
 * edits, from the unstemmed {@link SearchSchema#PLAIN} field), up to {@link #ALTERNATIVES} of them; the
 * corrected text is then searched like typed text, so stemming, every language and highlighting apply.
 *
 * @param alternatives the query with each unknown word replaced by its alternatives, {@code (a | b | c)}
 * @param best         the query with each unknown word replaced by its closest alternative ("did you mean")
 * @param single       whether every corrected word had exactly one alternative (then both queries are equal)
 */
record Spelling(String alternatives, String best, boolean single) {

    static final int ALTERNATIVES = 3;
    /** Longer queries find enough without tolerance, and each corrected word costs a dictionary scan. */
    static final int MAX_WORDS = 6;

    /** The corrections for the typed text, or null when every word is known or none has a close match. */
    static @Nullable Spelling of(SearchIndex.FacetedSearcher searcher, QueryText text) throws IOException {
        var words = text.words();
        if (words.isEmpty() || words.size() > MAX_WORDS) {
            return null;
        }
        var reader = searcher.getIndexReader();
        var checker = new DirectSpellChecker();
        var alternatives = new ArrayList<String>();
        var best = new ArrayList<String>();
        var corrected = false;
        var single = true;
        for (var word : words) {
            var term = new Term(SearchSchema.PLAIN, word);
            var similar = reader.docFreq(term) > 0 ? null
                    : checker.suggestSimilar(term, ALTERNATIVES, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (similar == null || similar.length == 0) {
                alternatives.add(word);
                best.add(word);
                continue;
            }
            corrected = true;
            single &= similar.length == 1;
            best.add(similar[0].string);
            var options = new ArrayList<String>();
            for (var suggestion : similar) {
                options.add(suggestion.string);
            }
            alternatives.add(options.size() == 1 ? options.getFirst() : "(" + String.join(" | ", options) + ")");
        }
        if (!corrected) {
            return null;
        }
        var exclusions = text.exclusions();
        return new Spelling(join(alternatives, exclusions), String.join(" ", best), single && exclusions.isEmpty());
    }

    private static String join(List<String> words, List<String> exclusions) {
        var all = new ArrayList<>(words);
        all.addAll(exclusions);
        return String.join(" ", all);
    }
}
