package dev.partnerportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.content.CheatSheet;
import dev.partnerportal.content.ContentItemId;
import dev.partnerportal.content.ContentType;
import dev.partnerportal.content.IndexableContent;
import dev.partnerportal.content.ReaderAudience;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Did you mean" and typo tolerance draw only on words of items the caller may see. The Gold-only item holds
 * "forecasted", which stems like the visible item's "forecasts", so a correction to it would find visible
 * items and, before, was offered to everyone, naming a word only Gold partners may read.
 */
class SpellingAudienceTest {

    static final Optional<ReaderAudience> REGISTERED = Optional.of(new ReaderAudience("REGISTERED", "EMEA"));
    static final Optional<ReaderAudience> GOLD = Optional.of(new ReaderAudience("GOLD", "EMEA"));

    @TempDir
    static Path directory;
    static SearchIndex index;
    final SearchEngine engine = new SearchEngine();

    @BeforeAll
    static void indexCorpus() throws IOException {
        index = new SearchIndex(new SearchSettings(directory, Duration.ofSeconds(1), Duration.ofSeconds(60),
                Duration.ofSeconds(5), Duration.ofDays(7)));
        index.addAll(List.of(
                item(1, "Demand planning basics", "Stores read weekly forecasts of demand.", List.of()),
                item(2, "Quarterly outlook", "Revenue forecasted for the merger codenamed Halcyonix.", List.of("GOLD"))));
        index.commit();
        index.refresh();
    }

    @AfterAll
    static void close() throws IOException {
        index.destroy();
    }

    private static IndexableContent item(long id, String title, String body, List<String> tiers) {
        return new IndexableContent(new ContentItemId(id), "item-" + id, ContentType.CHEAT_SHEET, "en", title, "", body,
                CheatSheet.EMPTY, List.of(), List.of(), List.of(), List.of(), tiers,
                SearchCorpus.NOW.minus(Duration.ofDays(3)), null, List.of());
    }

    SearchResults search(String text, Optional<ReaderAudience> audience) throws IOException {
        var searcher = index.acquire();
        try {
            return engine.search(searcher, SearchQuery.of(text), audience, SearchCorpus.NOW);
        } finally {
            index.release(searcher);
        }
    }

    @Test
    void aWordOnlyInAGoldItemIsNeverSuggestedToARegisteredPartnerButIsToGold() throws IOException {
        var registered = search("forecastex", REGISTERED);
        assertThat(registered.didYouMean()).isEqualTo("forecasts");
        assertThat(registered.hits()).extracting(h -> h.id().value()).containsExactly(1L);

        var gold = search("forecastex", GOLD);
        assertThat(gold.didYouMean()).isEqualTo("forecasted");
    }

    @Test
    void aHiddenWordIsTreatedAsUnknownSoItsPresenceChangesNothing() throws IOException {
        assertThat(search("halcyonix", REGISTERED).didYouMean()).isNull();
        assertThat(search("halcyonix", REGISTERED).total()).isZero();
        assertThat(search("halcyonex", REGISTERED).didYouMean()).isNull();
        assertThat(search("halcyonex", GOLD).didYouMean()).isEqualTo("halcyonix");
        // "forecasted" exists only for Gold: to a Registered partner it is a typo of a word they can read.
        assertThat(search("forecasted", REGISTERED).didYouMean()).isNull();
        assertThat(search("forecasted", GOLD).didYouMean()).isNull();
    }
}
