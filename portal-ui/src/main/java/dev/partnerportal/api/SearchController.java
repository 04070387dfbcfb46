package dev.partnerportal.api;

import dev.partnerportal.content.ContentType;
import dev.partnerportal.search.ContentSearch;
import dev.partnerportal.search.SearchError;
import dev.partnerportal.search.SearchQuery;
import dev.partnerportal.search.SearchResults;
import dev.partnerportal.search.UpdatedWithin;
import dev.partnerportal.shared.RuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Full-text search over published content for integrations. A partner's results, counts, facets and
 * suggestions only ever include items in their audience; snippets are HTML-safe with matches in
 * {@code <mark>}.
 */
@RestController
@Tag(name = "Search")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class SearchController {

    private final ContentSearch search;

    SearchController(ContentSearch search) {
        this.search = search;
    }

    record Hit(long id, String slug, String title, ContentType type, String language, String snippet, float score) {
    }

    record Results(long total, int page, int size, List<Hit> hits, Map<String, Map<String, Long>> facets,
                   @Nullable String didYouMean, boolean approximate) {
    }

    @GetMapping("/api/search")
    @Operation(summary = "Search published content", description = "Words, \"quoted phrases\", -exclusions and "
            + "prefix* are understood; any other input is searched as plain text. Answers 503 while the index is "
            + "being rebuilt. Translations of one item count once: the one in lang (the reader's language, e.g. hu) "
            + "where it matches, else the English one.")
    ResponseEntity<?> search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String type,
                             @RequestParam(required = false) @Nullable String industry,
                             @RequestParam(required = false) @Nullable String product,
                             @RequestParam(required = false) @Nullable String language,
                             @RequestParam(required = false) @Nullable String updated,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "10") int size,
                             @RequestParam(required = false) @Nullable String lang) {
        if (page < 0) {
            throw new RuleViolation(SearchError.PAGE_NEGATIVE);
        }
        if (size < 1 || size > SearchQuery.MAX_SIZE) {
            throw new RuleViolation(SearchError.SIZE_RANGE, SearchQuery.MAX_SIZE);
        }
        if ((long) (page + 1) * size > SearchQuery.MAX_RESULTS) {
            throw new RuleViolation(SearchError.BEYOND_RESULTS, SearchQuery.MAX_RESULTS);
        }
        if (q.length() > SearchQuery.TEXT_MAX_LENGTH) {
            throw new RuleViolation(SearchError.QUERY_TOO_LONG, SearchQuery.TEXT_MAX_LENGTH);
        }
        var results = search.search(new SearchQuery(q, parse(ContentType.class, "type", type), industry, product,
                language, parse(UpdatedWithin.class, "updated", updated), page, size), lang);
        if (results.state() == SearchResults.State.REBUILDING) {
            var problem = ApiExceptionHandler.problem(HttpStatus.SERVICE_UNAVAILABLE, "search-rebuilding",
                    "The search index is being rebuilt from the database. Try again in a minute.");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30").body(problem);
        }
        var facets = new LinkedHashMap<String, Map<String, Long>>();
        for (var facet : results.facets()) {
            var counts = new LinkedHashMap<String, Long>();
            facet.values().forEach(v -> counts.put(v.value(), v.count()));
            facets.put(facet.dimension(), counts);
        }
        return ResponseEntity.ok(new Results(results.total(), results.page(), results.size(), results.hits().stream()
                .map(h -> new Hit(h.id().value(), h.slug(), h.title(), h.type(), h.language(), h.snippetHtml(), h.score()))
                .toList(), facets, results.didYouMean(), results.approximate()));
    }

    @GetMapping("/api/search/suggest")
    @Operation(summary = "Titles matching what has been typed so far (search as you type)")
    List<Suggestion> suggest(@RequestParam(defaultValue = "") String q) {
        if (q.length() > SearchQuery.TEXT_MAX_LENGTH) {
            throw new RuleViolation(SearchError.QUERY_TOO_LONG, SearchQuery.TEXT_MAX_LENGTH);
        }
        return search.suggest(q).stream().map(s -> new Suggestion(s.id().value(), s.slug(), s.title())).toList();
    }

    record Suggestion(long id, String slug, String title) {
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> kind, String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(kind, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(SearchError.UNKNOWN_VALUE, name, Arrays.toString(kind.getEnumConstants()));
        }
    }
}
