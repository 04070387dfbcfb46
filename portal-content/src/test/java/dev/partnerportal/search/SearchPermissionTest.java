package dev.partnerportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.content.ReaderAudience;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restricted item leaks through nothing a partner outside its audience sees: not results, totals,
 * facet counts, snippets, title suggestions or "did you mean". And no input, however malformed, fails.
 */
class SearchPermissionTest {

    static final Optional<ReaderAudience> STAFF = Optional.empty();
    static final Optional<ReaderAudience> REGISTERED_NORTH_AMERICA =
            Optional.of(new ReaderAudience("REGISTERED", "North America"));
    static final Optional<ReaderAudience> GOLD_EMEA = Optional.of(new ReaderAudience("GOLD", "EMEA"));

    @TempDir
    static Path directory;
    static SearchIndex index;
    final SearchEngine engine = new SearchEngine();

    @BeforeAll
    static void indexCorpus() throws IOException {
        index = SearchCorpus.index(directory);
    }

    @AfterAll
    static void close() throws IOException {
        index.destroy();
    }

    SearchResults search(String text, Optional<ReaderAudience> audience) throws IOException {
        var searcher = index.acquire();
        try {
            return engine.search(searcher, SearchQuery.of(text), audience, SearchCorpus.NOW);
        } finally {
            index.release(searcher);
        }
    }

    java.util.List<TitleSuggestion> suggest(String text, Optional<ReaderAudience> audience) throws IOException {
        var searcher = index.acquire();
        try {
            return engine.suggest(searcher, text, audience, SearchCorpus.NOW);
        } finally {
            index.release(searcher);
        }
    }

    @Test
    void theGoldOnlyItemIsInvisibleToARegisteredPartnerEverywhere() throws IOException {
        assertThat(search("zephyrine", STAFF).total()).isEqualTo(1);
        assertThat(search("zephyrine", GOLD_EMEA).total()).isEqualTo(1);

        var partner = search("zephyrine", REGISTERED_NORTH_AMERICA);
        assertThat(partner.total()).isZero();
        assertThat(partner.hits()).isEmpty();
        assertThat(partner.didYouMean()).isNull();
        assertThat(partner.facets()).allSatisfy(f -> assertThat(f.values()).isEmpty());

        assertThat(search("zephyrne", STAFF).didYouMean()).isEqualTo("zephyrine");
        assertThat(search("zephyrne", STAFF).hits()).extracting(h -> h.id().value()).containsExactly(SearchCorpus.RESTRICTED_GOLD);
        assertThat(search("zephyrne", REGISTERED_NORTH_AMERICA).didYouMean()).isNull();
        assertThat(search("zephyrne", REGISTERED_NORTH_AMERICA).hits()).isEmpty();

        assertThat(suggest("zeph", STAFF)).extracting(TitleSuggestion::title).containsExactly("Project Zephyrine field service playbook");
        assertThat(suggest("zeph", REGISTERED_NORTH_AMERICA)).isEmpty();
        assertThat(suggest("field", REGISTERED_NORTH_AMERICA)).isEmpty();
    }

    @Test
    void countsFacetsAndSnippetsOnlyReflectTheAudience() throws IOException {
        var staff = search("", STAFF);
        var partner = search("", REGISTERED_NORTH_AMERICA);
        assertThat(staff.total()).isEqualTo(18);
        assertThat(partner.total()).isEqualTo(16);
        assertThat(SearchEngineTest.counts(partner, "industry")).doesNotContainKey("Manufacturing")
                .doesNotContainKey("Healthcare").containsEntry("Retail", 6L);
        assertThat(SearchEngineTest.counts(partner, "type")).doesNotContainKey("PLAYBOOK").containsEntry("INDUSTRY_REPORT", 2L);
        assertThat(SearchEngineTest.counts(partner, "updated")).doesNotContainKey("OLDER");

        var customers = search("customers", REGISTERED_NORTH_AMERICA);
        assertThat(customers.hits()).extracting(h -> h.id().value()).containsExactly(2L);
        assertThat(customers.hits()).allSatisfy(h -> assertThat(h.snippetHtml()).doesNotContainIgnoringCase("technicians"));
        assertThat(search("playbook", REGISTERED_NORTH_AMERICA).hits()).extracting(h -> h.id().value()).containsExactly(2L);
        assertThat(search("hospitals", REGISTERED_NORTH_AMERICA).total()).isZero();
        assertThat(search("hospitals", GOLD_EMEA).total()).isEqualTo(1);
    }

    @Test
    void randomAndMalformedQueriesNeverFail() throws IOException {
        var random = new Random(20261123);
        var alphabet = "abcdefghijklmnopqrstuvwxyz áéőűđ고객الشركاء\"'*-+|()~\\:!?^[]{}/<>&%$#@;,.0123456789\t\n";
        var fixed = new String[] {"\"", "\"\"", "*", "-", "+", "|", "()", "(", ")", "\\", "~", "~2", "-\"", "a*b*",
                "\"unclosed phrase", "((((((((((", "-*", "|||", "\\\\\\", "\u0000", "\uD800", "AND", "OR OR OR",
                "NOT", "title:x", "*:*", "a~10", "\"a b\"~5", " ", "".repeat(0), "x".repeat(500)};
        for (var text : fixed) {
            assertThat(search(text, REGISTERED_NORTH_AMERICA).state()).isEqualTo(SearchResults.State.READY);
            assertThat(suggest(text, REGISTERED_NORTH_AMERICA)).isNotNull();
        }
        for (int i = 0; i < SearchQueryFuzzTest.QUERIES; i++) {
            var length = random.nextInt(60);
            var text = new StringBuilder();
            for (int c = 0; c < length; c++) {
                text.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x3000)
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            var results = search(text.toString(), REGISTERED_NORTH_AMERICA);
            assertThat(results.state()).isEqualTo(SearchResults.State.READY);
            assertThat(results.hits()).noneMatch(h -> h.id().value() == SearchCorpus.RESTRICTED_GOLD
                    || h.id().value() == SearchCorpus.RESTRICTED_EMEA);
            if (i % 10 == 0) {
                suggest(text.toString(), REGISTERED_NORTH_AMERICA);
            }
        }
    }
}
