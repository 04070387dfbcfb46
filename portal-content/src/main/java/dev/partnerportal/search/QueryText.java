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
 * language's fields. Input is capped at {@link #MAX_WORDS} words so no query can exceed Lucene's clause limit.
 */
final class QueryText {

    static final int MAX_WORDS = 16;
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
        var words = SPACES.split(typed.strip());
        var kept = words.length > MAX_WORDS ? String.join(" ", List.of(words).subList(0, MAX_WORDS)) : typed.strip();
        this.text = AND.matcher(OR.matcher(kept).replaceAll(" | ")).replaceAll(" + ");
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
