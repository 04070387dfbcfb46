package dev.partnerportal.search;

import dev.partnerportal.content.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A deterministic multilingual corpus for the search benchmark: item {@code n} is the same item on every
 * run and every machine, so it is generated on demand (for the database, for the raw index, for phrase
 * queries) instead of being kept. Items are 1–2 KB of UTF-8 text (title, summary, body), in eight
 * languages, with taxonomy values for facets, and a quarter of them restricted to GOLD or EMEA so that the
 * audience filter has work to do.
 */
final class SearchBenchmarkCorpus {

    static final long SEED = 20261123L;
    static final int MIN_BYTES = 1024;
    static final int MAX_BYTES = 2048;
    /** Languages and their share of items, out of 100. */
    static final Map<String, Integer> LANGUAGES = languages();
    static final List<String> INDUSTRIES = List.of("Retail", "Manufacturing", "Financial services", "Healthcare",
            "Public sector");
    static final List<String> PRODUCTS = List.of("Analytics Cloud", "Commerce Suite", "Field Service");
    private static final Duration SPREAD = Duration.ofDays(3 * 365);

    private final Map<String, SearchBenchmarkVocabulary> vocabularies = new LinkedHashMap<>();
    private final Instant now;

    SearchBenchmarkCorpus(Instant now) {
        this.now = now;
        LANGUAGES.keySet().forEach(language -> vocabularies.put(language, SearchBenchmarkVocabulary.of(language)));
    }

    /** One generated item; multi-valued fields are lists, empty meaning "everyone" for the audience. */
    record Item(int number, ContentType type, String language, String title, String summary, String body,
                List<String> tags, List<String> industries, List<String> products, List<String> regions,
                List<String> tiers, Instant publishedAt) {

        String slug() {
            return "bench-" + number;
        }

        /** Title, summary and body in UTF-8: what the 1–2 KB target is about. */
        int bytes() {
            return utf8(title) + utf8(summary) + utf8(body);
        }

        /** What the raw IndexWriter baseline indexes: title, summary and body as one text. */
        String text() {
            return title + "\n" + summary + "\n" + body;
        }
    }

    SearchBenchmarkVocabulary vocabulary(String language) {
        return vocabularies.get(language);
    }

    Item item(int number) {
        var random = new SplittableRandom(SEED * 31 + number);
        var language = language(random);
        var words = vocabularies.get(language);
        var title = SearchBenchmarkVocabulary.capitalized(phrase(words, random, 4 + random.nextInt(5)));
        var summary = sentence(words, random, 12 + random.nextInt(13));
        // Sentences are added until the item reaches a size drawn from 1 to 1.75 KB; one that would push it
        // past 2 KB is replaced by a three-word one, which always fits.
        var target = MIN_BYTES + random.nextInt(MAX_BYTES * 7 / 8 - MIN_BYTES);
        var body = new StringBuilder();
        var bytes = utf8(title) + utf8(summary);
        var sentences = 0;
        while (bytes < target) {
            var separator = sentences == 0 ? "" : sentences % 4 == 0 ? "\n\n" : " ";
            var next = separator + sentence(words, random, 6 + random.nextInt(11));
            if (bytes + utf8(next) >= MAX_BYTES) {
                next = separator + sentence(words, random, 3);
            }
            body.append(next);
            bytes += utf8(next);
            sentences++;
        }
        var tags = new ArrayList<String>();
        for (int i = 0; i < 2 + random.nextInt(2); i++) {
            tags.add(words.word(random.nextInt(25)).toLowerCase(java.util.Locale.ROOT));
        }
        var industries = pick(INDUSTRIES, 1 + random.nextInt(2), random);
        var products = pick(PRODUCTS, random.nextInt(3), random);
        var audience = random.nextInt(100);
        var tiers = audience < 10 || (audience >= 20 && audience < 25) ? List.of("GOLD") : List.<String>of();
        var regions = audience >= 10 && audience < 25 ? List.of("EMEA") : List.<String>of();
        var published = now.minusSeconds(random.nextLong(SPREAD.toSeconds()));
        var type = ContentType.values()[random.nextInt(ContentType.values().length)];
        return new Item(number, type, language, title, summary, body.toString(), List.copyOf(tags), industries,
                products, regions, tiers, published);
    }

    /** The words of an item's body as they appear, without punctuation: for phrase queries that exist. */
    List<String> bodyWords(int number) {
        var words = new ArrayList<String>();
        for (var raw : item(number).body().split("\\s+")) {
            var word = raw.replaceAll("[.,]", "");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private String phrase(SearchBenchmarkVocabulary words, SplittableRandom random, int count) {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(words.inflected(words.next(random), random));
        }
        return text.toString();
    }

    private String sentence(SearchBenchmarkVocabulary words, SplittableRandom random, int count) {
        var text = SearchBenchmarkVocabulary.capitalized(phrase(words, random, count));
        if (count > 9 && random.nextInt(3) == 0) {
            var cut = text.indexOf(' ', text.length() / 2);
            text = cut > 0 ? text.substring(0, cut) + "," + text.substring(cut) : text;
        }
        return text + ".";
    }

    private static String language(SplittableRandom random) {
        var roll = random.nextInt(100);
        for (var entry : LANGUAGES.entrySet()) {
            roll -= entry.getValue();
            if (roll < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("language shares must add up to 100");
    }

    private static List<String> pick(List<String> values, int count, SplittableRandom random) {
        var picked = new ArrayList<String>();
        var start = random.nextInt(values.size());
        for (int i = 0; i < count; i++) {
            picked.add(values.get((start + i) % values.size()));
        }
        return List.copyOf(picked);
    }

    static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static Map<String, Integer> languages() {
        var languages = new LinkedHashMap<String, Integer>();
        languages.put("en", 30);
        for (var language : List.of("hu", "ko", "ar", "vi", "de", "fr", "es")) {
            languages.put(language, 10);
        }
        return languages;
    }
}
