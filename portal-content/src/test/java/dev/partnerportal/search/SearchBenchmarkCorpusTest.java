package dev.partnerportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.testsupport.TestClockConfiguration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The benchmark's corpus and query mix are deterministic and have the shape the benchmark promises. */
class SearchBenchmarkCorpusTest {

    final SearchBenchmarkCorpus corpus = new SearchBenchmarkCorpus(TestClockConfiguration.START);

    @Test
    void theSameNumberGivesTheSameItemOnEveryRun() {
        var again = new SearchBenchmarkCorpus(TestClockConfiguration.START);
        assertThat(again.item(4711)).isEqualTo(corpus.item(4711));
        assertThat(corpus.item(4711)).isNotEqualTo(corpus.item(4712));
    }

    @Test
    void itemsAreOneToTwoKilobytesInEveryLanguage() {
        var items = IntStream.range(0, 2000).mapToObj(corpus::item).toList();
        assertThat(items).allSatisfy(item -> assertThat(item.bytes()).isBetween(1024, 2047));
        assertThat(items.stream().map(SearchBenchmarkCorpus.Item::language).distinct())
                .containsExactlyInAnyOrderElementsOf(SearchBenchmarkCorpus.LANGUAGES.keySet());
        assertThat(items).filteredOn(item -> !item.tiers().isEmpty() || !item.regions().isEmpty())
                .hasSizeBetween(400, 600);
    }

    @Test
    void theQueryMixIsRepeatableAndHoldsEveryKind() {
        var queries = SearchBenchmarkQueries.mix(corpus, 1000, 500, 7);
        assertThat(SearchBenchmarkQueries.mix(corpus, 1000, 500, 7)).isEqualTo(queries);
        assertThat(queries.stream().map(SearchBenchmarkQueries.BenchmarkQuery::kind).distinct())
                .containsExactlyInAnyOrder(SearchBenchmarkQueries.Kind.values());
        var phrase = new SearchBenchmarkQueries.BenchmarkQuery(SearchBenchmarkQueries.Kind.PHRASE, "en",
                List.of("partner", "deal"));
        assertThat(phrase.text()).isEqualTo("\"partner deal\"");
        assertThat(phrase.tsquery()).isEqualTo("'partner' <-> 'deal'");
        var prefix = new SearchBenchmarkQueries.BenchmarkQuery(SearchBenchmarkQueries.Kind.PREFIX, "en",
                List.of("onbo"));
        assertThat(prefix.text()).isEqualTo("onbo*");
        assertThat(prefix.tsquery()).isEqualTo("'onbo':*");
    }
}
