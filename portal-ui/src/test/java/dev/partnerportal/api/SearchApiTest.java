package dev.partnerportal.api;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.partnerportal.support.ApiClient;
import dev.partnerportal.support.PortalWebTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** GET /api/search and /api/search/suggest over HTTP: audience, response shape, and bad input as 400 problems. */
@PortalWebTest
class SearchApiTest {

    static final String GOLD_PLAYBOOK = "Gold partner deal desk playbook";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        var admin = token("admin@vendor.test");
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/search?q=deal", admin).status() == 200);
    }

    private String token(String email) {
        return api.tokenFor(email, DEMO_PASSWORD);
    }

    private ApiClient.Response get(String path, String email) {
        return api.get(path, token(email));
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private List<String> titles(JsonNode hits) {
        var titles = new ArrayList<String>();
        hits.forEach(hit -> titles.add(hit.get("title").asString()));
        return titles;
    }

    @Test
    void aGoldOnlyItemIsFoundAndSuggestedOnlyForGoldPartners() {
        var gold = api.read(get("/api/search?q=" + q("deal desk playbook"), "alice@northwind.test").body());
        assertThat(titles(gold.get("hits"))).contains(GOLD_PLAYBOOK);
        var registered = api.read(get("/api/search?q=" + q("deal desk playbook"), "carol@contoso.test").body());
        assertThat(titles(registered.get("hits"))).doesNotContain(GOLD_PLAYBOOK);
        assertThat(registered.get("total").asLong()).isEqualTo(registered.get("hits").size());

        assertThat(titles(api.read(get("/api/search/suggest?q=" + q("Gold partner dea"), "alice@northwind.test").body())))
                .contains(GOLD_PLAYBOOK);
        assertThat(titles(api.read(get("/api/search/suggest?q=" + q("Gold partner dea"), "carol@contoso.test").body())))
                .doesNotContain(GOLD_PLAYBOOK);
    }

    @Test
    void theAnswerHasTotalHitsFacetsAndASafeSnippet() {
        var response = get("/api/search?q=" + q("first meeting") + "&size=10", "carol@contoso.test");
        assertThat(response.status()).isEqualTo(200);
        var json = api.read(response.body());
        assertThat(json.get("total").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode hit = null;
        for (var candidate : json.get("hits")) {
            if (candidate.get("title").asString().equals("Commerce Suite for retailers")) {
                hit = candidate;
            }
        }
        assertThat(hit).as("the demo cheat sheet about a first meeting").isNotNull();
        assertThat(hit.get("id").asLong()).isPositive();
        assertThat(hit.get("title").asString()).isNotBlank();
        assertThat(hit.get("type").asString()).isNotBlank();
        assertThat(hit.get("language").asString()).isEqualTo("en");
        assertThat(hit.get("snippet").asString()).contains("<mark>first</mark> <mark>meeting</mark>").doesNotContain("<script");
        assertThat(hit.get("score").asDouble()).isPositive();
        assertThat(json.get("facets").has("type")).isTrue();
        assertThat(json.get("facets").has("updated")).isTrue();
        assertThat(json.has("didYouMean")).isTrue();

        var typo = api.read(get("/api/search?q=" + q("meetnig"), "carol@contoso.test").body());
        assertThat(typo.get("didYouMean").asString()).isEqualTo("meeting");
        assertThat(typo.get("approximate").asBoolean()).isTrue();
    }

    @Test
    void filtersNarrowTheResults() {
        var all = api.read(get("/api/search?q=", "admin@vendor.test").body()).get("total").asLong();
        var sheets = api.read(get("/api/search?q=&type=cheat_sheet", "admin@vendor.test").body());
        assertThat(sheets.get("total").asLong()).isBetween(1L, all - 1);
        sheets.get("hits").forEach(hit -> assertThat(hit.get("type").asString()).isEqualTo("CHEAT_SHEET"));
    }

    @Test
    void badInputIsA400ProblemAndMalformedTextIsJustText() {
        for (var path : List.of("/api/search?q=x&type=FOO", "/api/search?q=x&size=500", "/api/search?q=x&size=0",
                "/api/search?q=x&page=-1", "/api/search?q=x&page=200", "/api/search?q=" + "y".repeat(201),
                "/api/search?q=x&updated=yesterday", "/api/search/suggest?q=" + "y".repeat(201))) {
            var response = get(path, "carol@contoso.test");
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(api.read(response.body()).get("detail").asString()).as(path).isNotBlank();
        }
        for (var text : List.of("\"((-*", "-", "*", "\\", "a | | b", "\"unclosed", "title:x AND OR")) {
            assertThat(get("/api/search?q=" + q(text), "carol@contoso.test").status()).as(text).isEqualTo(200);
        }
        assertThat(api.get("/api/search?q=x", null).status()).isEqualTo(401);
    }

    @Test
    void generatedHostileQueriesNeverAnswerAServerError() {
        var bob = token("bob@northwind.test");
        var random = new java.util.Random(20261201L);
        var words = new String[] {"deal", "partner", "고객", "파트너를", "الشركاء", "khách", "hàng", "útmutató", "őrület"};
        var operators = new String[] {"\"", "-", "+", "*", "?", "~", "(", ")", "|", "\\", "\u0000", "\u202E", "\uFEFF"};
        var statuses = new java.util.TreeMap<Integer, Integer>();
        for (int i = 0; i < 300; i++) {
            var text = new StringBuilder();
            if (i % 3 == 0) {
                // About fifty different hyphenated words under the length limit: once a 500 from Lucene's clause limit.
                for (int w = 0; w < 50; w++) {
                    text.append(w == 0 ? "" : "-").append((char) ('a' + random.nextInt(26))).append((char) ('a' + random.nextInt(26)));
                }
            } else {
                var parts = 1 + random.nextInt(30);
                for (int p = 0; p < parts; p++) {
                    text.append(random.nextBoolean() ? words[random.nextInt(words.length)] : operators[random.nextInt(operators.length)]);
                    text.append(random.nextInt(3) == 0 ? " " : "");
                }
            }
            var typed = text.length() > 200 ? text.substring(0, 200) : text.toString();
            var response = api.get("/api/search?q=" + q(typed), bob);
            statuses.merge(response.status(), 1, Integer::sum);
        }
        assertThat(statuses).containsOnlyKeys(200).containsEntry(200, 300);
    }
}
