package dev.partnerportal.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;
import org.jspecify.annotations.Nullable;
import org.tartarus.snowball.ext.HungarianStemmer;

/**
 * Replaces each (lower-cased) Hungarian word by up to three terms at one position: its stem folded to plain
 * letters, the stem of its folded form, and the folded word itself. Why: the Snowball stemmer treats accented
 * letters as part of suffixes (termékek → termék), so a word typed without accents (termekek → termek) stems
 * differently; and it over-stems some dictionary forms (vállalat → vállal, reading -at as an accusative), so
 * the whole word must stay findable too. Between the variants, the accented and the plain spelling of an
 * inflected word share a term.
 */
final class HungarianStems extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final HungarianStemmer stemmer = new HungarianStemmer();
    private final java.util.ArrayDeque<String> pending = new java.util.ArrayDeque<>();
    private AttributeSource.@Nullable State pendingState;

    HungarianStems(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(pendingState);
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        var word = term.toString();
        var folded = fold(word);
        var variants = new java.util.LinkedHashSet<String>();
        variants.add(fold(stem(word)));
        variants.add(stem(folded));
        variants.add(folded);
        var first = variants.removeFirst();
        term.setEmpty().append(first);
        if (!variants.isEmpty()) {
            pending.addAll(variants);
            pendingState = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        pendingState = null;
    }

    private String stem(String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static String fold(String word) {
        return ICUFoldingFilter.NORMALIZER.normalize(word);
    }
}
