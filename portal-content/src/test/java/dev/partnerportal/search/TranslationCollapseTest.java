package dev.partnerportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.content.CheatSheet;
import dev.partnerportal.content.ContentItemId;
import dev.partnerportal.content.ContentType;
import dev.partnerportal.content.IndexableContent;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search shows one hit per translation group, in the reader's language where that version matches, else English.
 * The corpus: a retail cheat sheet in English, Hungarian and Korean (one group, all mentioning "Commerce Suite"),
 * an English-only report, and a Vietnamese lesson with an English translation.
 */
class TranslationCollapseTest {

    @TempDir
    static Path directory;
    static SearchIndex index;
    final SearchEngine engine = new SearchEngine();

    @BeforeAll
    static void indexCorpus() throws IOException {
        index = new SearchIndex(new SearchSettings(directory, Duration.ofSeconds(1), Duration.ofSeconds(60),
                Duration.ofSeconds(5), Duration.ofDays(7)));
        index.addAll(List.of(
                item(1, "en", "retail", "Commerce Suite for retailers", "One stock figure for every Commerce Suite store."),
                item(2, "hu", "retail", "Commerce Suite kiskereskedőknek", "Egyetlen készletadat minden Commerce Suite üzletben."),
                item(3, "ko", "retail", "소매업체를 위한 Commerce Suite", "모든 Commerce Suite 매장에 하나의 재고 수치."),
                item(4, "en", "report", "Retail report 2026", "How Commerce Suite customers grew."),
                item(5, "vi", "lesson", "Bài học Commerce Suite", "Giới thiệu Commerce Suite cho đối tác."),
                item(6, "en", "lesson", "Commerce Suite lesson", "An introduction for partners.")));
        index.commit();
        index.refresh();
    }

    @AfterAll
    static void close() throws IOException {
        index.destroy();
    }

    private static IndexableContent item(long id, String language, String group, String title, String body) {
        return new IndexableContent(new ContentItemId(id), "item-" + id, ContentType.CHEAT_SHEET, language, title, "", body,
                CheatSheet.EMPTY, List.of(), List.of(), List.of(), List.of(), List.of(),
                SearchCorpus.NOW.minus(Duration.ofDays(id)), null, List.of(), group, List.of());
    }

    private SearchResults search(String text, @Nullable String language) throws IOException {
        var searcher = index.acquire();
        try {
            return engine.search(searcher, SearchQuery.of(text), Optional.empty(), language, SearchCorpus.NOW);
        } finally {
            index.release(searcher);
        }
    }

    private static List<Long> ids(SearchResults results) {
        return results.hits().stream().map(h -> h.id().value()).sorted().toList();
    }

    @Test
    void eachGroupAppearsOnceInTheReadersLanguage() throws IOException {
        assertThat(ids(search("\"Commerce Suite\"", "hu"))).containsExactly(2L, 4L, 6L);
        assertThat(ids(search("\"Commerce Suite\"", "ko"))).containsExactly(3L, 4L, 6L);
        assertThat(ids(search("\"Commerce Suite\"", "vi"))).containsExactly(1L, 4L, 5L);
        assertThat(search("\"Commerce Suite\"", "vi").total()).isEqualTo(3);
    }

    @Test
    void withoutAReaderLanguageOrAVersionInItEnglishIsShown() throws IOException {
        assertThat(ids(search("\"Commerce Suite\"", null))).containsExactly(1L, 4L, 6L);
        assertThat(ids(search("\"Commerce Suite\"", "ar"))).containsExactly(1L, 4L, 6L);
    }

    @Test
    void aVersionThatDoesNotMatchLeavesTheGroupToOneThatDoes() throws IOException {
        assertThat(ids(search("készletadat", "ko"))).as("only the Hungarian sheet holds the word").containsExactly(2L);
        assertThat(ids(search("stock", "hu"))).as("only the English sheet holds it").containsExactly(1L);
    }

    @Test
    void facetCountsCountEachGroupOnce() throws IOException {
        var languages = search("", "hu").facets().stream().filter(f -> f.dimension().equals(SearchSchema.LANGUAGE))
                .findFirst().orElseThrow().values();

        assertThat(languages).extracting(SearchResults.FacetCount::value, SearchResults.FacetCount::count)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("hu", 1L), org.assertj.core.groups.Tuple.tuple("en", 2L));
    }
}
