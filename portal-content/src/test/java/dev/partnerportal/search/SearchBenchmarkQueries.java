package dev.partnerportal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The benchmark's query mix, drawn deterministically from the corpus's vocabularies in every language:
 * single words, two required words, two alternatives, quoted phrases taken from real item bodies,
 * prefixes and one-edit typos. Each query can be written for the portal and as a PostgreSQL tsquery.
 */
final class SearchBenchmarkQueries {

    enum Kind { TERM, AND, OR, PHRASE, PREFIX, TYPO }

    /** Out of 100: the share of each kind in the mix. */
    private static final int[] SHARES = {25, 20, 15, 15, 15, 10};
    /** Words for combined queries come from the most common ones, so that they also occur together. */
    private static final int COMMON = 500;

    private SearchBenchmarkQueries() {
    }

    record BenchmarkQuery(Kind kind, String language, List<String> words) {

        /** As a person would type it into the portal's search field. */
        String text() {
            return switch (kind) {
                case TERM, AND, TYPO -> String.join(" ", words);
                case OR -> String.join(" OR ", words);
                case PHRASE -> "\"" + String.join(" ", words) + "\"";
                case PREFIX -> words.getFirst() + "*";
            };
        }

        /** The same query in to_tsquery syntax: & for AND, | for OR, {@literal <->} for phrases, :* for prefixes. */
        String tsquery() {
            var quoted = words.stream().map(w -> "'" + w + "'").toList();
            return switch (kind) {
                case TERM, TYPO -> quoted.getFirst();
                case AND -> String.join(" & ", quoted);
                case OR -> String.join(" | ", quoted);
                case PHRASE -> String.join(" <-> ", quoted);
                case PREFIX -> quoted.getFirst() + ":*";
            };
        }
    }

    /** {@code count} queries over a corpus of {@code items} items; the same arguments give the same queries. */
    static List<BenchmarkQuery> mix(SearchBenchmarkCorpus corpus, int items, int count, long seed) {
        var random = new SplittableRandom(seed);
        var queries = new ArrayList<BenchmarkQuery>(count);
        var languages = List.copyOf(SearchBenchmarkCorpus.LANGUAGES.keySet());
        while (queries.size() < count) {
            var kind = kind(random);
            var source = random.nextInt(items);
            var vocabulary = corpus.vocabulary(kind == Kind.PHRASE ? corpus.item(source).language()
                    : languages.get(random.nextInt(languages.size())));
            var query = switch (kind) {
                case TERM -> List.of(vocabulary.word(vocabulary.queryRank(random, vocabulary.size())));
                case AND, OR -> List.of(vocabulary.word(vocabulary.queryRank(random, COMMON)),
                        vocabulary.word(vocabulary.queryRank(random, COMMON)));
                case PHRASE -> phrase(corpus, source, random);
                case PREFIX -> prefix(vocabulary, random);
                case TYPO -> typo(vocabulary, random);
            };
            if (query.stream().distinct().count() == query.size()) {
                queries.add(new BenchmarkQuery(kind, vocabulary.language(), query));
            }
        }
        return queries;
    }

    /** How many queries of each kind a mix holds, for the report. */
    static String describe(List<BenchmarkQuery> queries) {
        return queries.stream().collect(Collectors.groupingBy(BenchmarkQuery::kind, java.util.TreeMap::new,
                Collectors.counting())).entrySet().stream().map(e -> e.getKey().name().toLowerCase(java.util.Locale.ROOT)
                + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static Kind kind(SplittableRandom random) {
        var roll = random.nextInt(100);
        for (var kind : Kind.values()) {
            roll -= SHARES[kind.ordinal()];
            if (roll < 0) {
                return kind;
            }
        }
        return Kind.TERM;
    }

    /** Two neighbouring words of a real item's body: a phrase that exists, in the item's language. */
    private static List<String> phrase(SearchBenchmarkCorpus corpus, int item, SplittableRandom random) {
        var words = corpus.bodyWords(item);
        var at = random.nextInt(words.size() - 1);
        return List.of(words.get(at), words.get(at + 1));
    }

    /** The first three or four letters of a long word (two syllables of a Korean one). */
    private static List<String> prefix(SearchBenchmarkVocabulary vocabulary, SplittableRandom random) {
        var word = longWord(vocabulary, random);
        var letters = vocabulary.language().equals("ko") ? 2 : 3 + random.nextInt(2);
        return List.of(word.substring(0, word.offsetByCodePoints(0, letters)));
    }

    /** A word of five letters or more with one letter inside it replaced by another letter of the word. */
    private static List<String> typo(SearchBenchmarkVocabulary vocabulary, SplittableRandom random) {
        var word = longWord(vocabulary, random);
        var letters = word.codePoints().toArray();
        var at = 1 + random.nextInt(letters.length - 2);
        var other = letters[(at + 1 + random.nextInt(letters.length - 1)) % letters.length];
        if (other == letters[at]) {
            other = letters[0] == letters[at] ? letters[letters.length - 1] : letters[0];
        }
        letters[at] = other;
        return List.of(new String(letters, 0, letters.length));
    }

    private static String longWord(SearchBenchmarkVocabulary vocabulary, SplittableRandom random) {
        while (true) {
            var word = vocabulary.word(vocabulary.queryRank(random, vocabulary.size()));
            if (word.codePointCount(0, word.length()) >= (vocabulary.language().equals("ko") ? 3 : 5)) {
                return word;
            }
        }
    }
}
