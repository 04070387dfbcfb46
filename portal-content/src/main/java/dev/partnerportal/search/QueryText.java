package dev.partnerportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a person typed into Lucene queries. The syntax is Lucene's {@link SimpleQueryParser}, which
 * never fails on malformed input: words (all required), "quoted phrases", -exclusions, prefix*, | or OR
 * for alternatives, parentheses. Each word is analyzed by every language's analyzer and searched in every
 * language's fields. Every analyzed word becomes a clause in each of those fields, and one typed "word" can
 * hold many ({@code a-b-c-...} is split at each hyphen), so the input is bounded by the words the analyzers
 * will see, not by spaces: text of more than {@link #MAX_TERMS} words is searched as its first
 * {@link #MAX_TERMS} words, plainly (operators dropped), each at most {@link #MAX_TERM_LENGTH} characters. {@link SearchEngine} narrows further if a
 * language's analyzer still splits the words into more clauses than Lucene allows.
 */
final class QueryText {

    static final int MAX_WORDS = 16;
    /** Words after analysis: 16 words in 38 weighted fields stay well under Lucene's 1,024 clauses. */
    static final int MAX_TERMS = 16;
    /**
     * A longer run of letters is no word anyone looks for (a Hangul or {@code a_b_c} run the tokenizer keeps
     * whole); cut, it cannot make a language's analyzer split it into hundreds of clauses or slow the
     * spelling dictionary scan.
     */
    static final int MAX_TERM_LENGTH = 32;
    private static final int FLAGS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.ESCAPE_OPERATOR
            | SimpleQueryParser.WHITESPACE_OPERATOR;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern OR = Pattern.compile("\\s+OR\\s+");
    private static final Pattern AND = Pattern.compile("\\s+AND\\s+");
    private static final Analyzer QUERY_ANALYZER = SearchSchema.queryAnalyzer();
    private static final Analyzer WORDS = new IndexLanguage.StandardFoldingAnalyzer();

    private final String text;

    QueryText(String typed) {
        this(typed, MAX_TERMS);
    }

    /** The typed text, searched as its first {@code maxTerms} analyzed words if it holds more. */
    QueryText(String typed, int maxTerms) {
        var words = SPACES.split(typed.strip());
        var kept = words.length > MAX_WORDS ? String.join(" ", List.of(words).subList(0, MAX_WORDS)) : typed.strip();
        var terms = folded(kept);
        if (terms.size() > maxTerms || terms.stream().anyMatch(t -> t.length() > MAX_TERM_LENGTH)) {
            kept = String.join(" ", terms.subList(0, Math.min(terms.size(), maxTerms)).stream()
                    .map(t -> t.length() > MAX_TERM_LENGTH ? t.substring(0, MAX_TERM_LENGTH) : t).toList());
        }
        this.text = AND.matcher(OR.matcher(kept).replaceAll(" | ")).replaceAll(" + ");
    }

    /** How many words the query holds after analysis by the folding tokenizer. */
    int terms() {
        return folded(text).size();
    }

    boolean isBlank() {
        return text.isBlank();
    }

    /** The query over every language's fields; blank input matches everything (browsing with facets). */
    Query query() {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        var parser = new SimpleQueryParser(QUERY_ANALYZER, SearchSchema.weights(), FLAGS);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        var parsed = parser.parse(text);
        if (parsed == null) {
            return new MatchNoDocsQuery();
        }
        return onlyExclusions(parsed) ? new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                .add(parsed, BooleanClause.Occur.FILTER).build() : parsed;
    }

    /** The words to be tolerant about: what the person typed, folded, without excluded words or operators. */
    List<String> words() {
        var words = new ArrayList<String>();
        for (var raw : SPACES.split(text)) {
            if (raw.startsWith("-") || raw.equals("|") || raw.equals("+")) {
                continue;
            }
            words.addAll(folded(raw));
        }
        return words;
    }

    /** The words the person excluded ({@code -word}), as typed, to keep them excluded in a corrected query. */
    List<String> exclusions() {
        var excluded = new ArrayList<String>();
        for (var raw : SPACES.split(text)) {
            if (raw.length() > 1 && raw.startsWith("-")) {
                excluded.add(raw);
            }
        }
        return excluded;
    }

    static List<String> folded(String text) {
        var words = new ArrayList<String>();
        try (var stream = WORDS.tokenStream(SearchSchema.PLAIN, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static boolean onlyExclusions(Query query) {
        return query instanceof BooleanQuery bool && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT);
    }
}
