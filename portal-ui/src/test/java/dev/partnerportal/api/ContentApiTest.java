package dev.partnerportal.api;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.ApiClient;
import dev.partnerportal.support.PortalWebTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The content API over real HTTP with bearer tokens: writing, conflicts, publishing roles and audience. */
@PortalWebTest
class ContentApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    final HttpClient http = HttpClient.newHttpClient();
    String marker;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        marker = "api" + UUID.randomUUID().toString().substring(0, 8);
    }

    record Reply(int status, JsonNode json, String raw) {
    }

    private String token(String user) {
        return api.tokenFor(user, DEMO_PASSWORD);
    }

    private Reply send(String method, String path, String bearer, String json) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            var body = response.body();
            return new Reply(response.statusCode(), body.isBlank() ? null : api.read(body), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String body(String title, String tiers) {
        return """
                {"type":"PLAYBOOK","title":"%s","summary":"For the API test","body":"Hello <script>alert(1)</script> **bold**",
                 "language":"en","industries":["Retail"],"products":[],"regions":[],"tiers":%s,"tags":["api"]}"""
                .formatted(title, tiers);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from content_item", Long.class);
    }

    @Test
    void anEditorCreatesADraftAndGets201WithIdSlugStatusAndVersion() {
        var editor = token("editor@vendor.test");

        var reply = send("POST", "/api/content", editor, body(marker + " Created", "[]"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("slug").asString()).isEqualTo(marker + "-created");
        assertThat(reply.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(reply.json().has("id")).isTrue();
        assertThat(reply.json().has("version")).isTrue();
    }

    @Test
    void badInputAndPartnersAreRefusedAndNothingIsWritten() {
        var before = count();
        var editor = token("editor@vendor.test");

        var missingTitle = send("POST", "/api/content", editor, "{\"type\":\"PLAYBOOK\"}");
        assertThat(missingTitle.status()).isEqualTo(400);
        assertThat(missingTitle.raw()).contains("title");
        var unknownIndustry = send("POST", "/api/content", editor, body(marker, "[]").replace("Retail", "Astrology"));
        assertThat(unknownIndustry.status()).isEqualTo(400);
        assertThat(unknownIndustry.json().get("detail").asString()).contains("Unknown industry");
        assertThat(unknownIndustry.json().get("code").asString()).isEqualTo("publishing.unknown-term");
        var partner = send("POST", "/api/content", token("alice@northwind.test"), body(marker, "[]"));
        assertThat(partner.status()).isEqualTo(403);

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aStalePutGets409AndTheCurrentVersionSaves() {
        var editor = token("editor@vendor.test");
        var created = send("POST", "/api/content", editor, body(marker + " Put", "[]")).json();
        var id = created.get("id").asLong();
        var version = created.get("version").asLong();
        var update = body(marker + " Put", "[]").replace("}", ",\"version\":%d}");

        var first = send("PUT", "/api/content/" + id, editor, update.formatted(version));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("version").asLong()).isGreaterThan(version);

        var stale = send("PUT", "/api/content/" + id, token("manager@vendor.test"), update.formatted(version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asString()).contains("editor@vendor.test saved revision 2", "Nothing was saved");
        assertThat(stale.json().get("code").asString()).isEqualTo("publishing.changed-since-opened");
        assertThat(stale.json().get("type").asString()).isEqualTo("urn:partnerportal:problem:conflict");
    }

    @Test
    void onlyPublishingRolesPublishAndAManagerApprovesWhatAnEditorSubmitted() {
        var editor = token("editor@vendor.test");
        var id = send("POST", "/api/content", editor, body(marker + " Publish", "[]")).json().get("id").asLong();

        assertThat(send("POST", "/api/content/" + id + "/publish", editor, null).status()).isEqualTo(403);
        assertThat(send("POST", "/api/content/" + id + "/submit", editor, null).json().get("status").asString())
                .isEqualTo("IN_REVIEW");
        var approved = send("POST", "/api/content/" + id + "/publish", token("manager@vendor.test"), null);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("PUBLISHED");

        var item = send("GET", "/api/content/" + id, token("bob@northwind.test"), null);
        assertThat(item.status()).isEqualTo(200);
        assertThat(item.json().get("html").asString()).contains("<strong>bold</strong>").doesNotContain("<script");
    }

    @Test
    void aGoldOnlyItemReachesGoldNorthwindButNotRegisteredContosoByIdOrList() {
        var admin = token("admin@vendor.test");
        var id = send("POST", "/api/content", admin, body(marker + " Gold only", "[\"GOLD\"]")).json().get("id").asLong();
        assertThat(send("POST", "/api/content/" + id + "/publish", admin, null).status()).isEqualTo(200);

        var alice = token("alice@northwind.test");
        assertThat(send("GET", "/api/content/" + id, alice, null).status()).isEqualTo(200);
        assertThat(listedIds(alice)).containsExactly(id);

        var carol = token("carol@contoso.test");
        var hidden = send("GET", "/api/content/" + id, carol, null);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.raw()).isEqualTo(send("GET", "/api/content/999999999", carol, null).raw()
                .replace("999999999", Long.toString(id)));
        assertThat(listedIds(carol)).isEmpty();
        assertThat(send("POST", "/api/content/" + id + "/publish", carol, null).status()).isEqualTo(403);
    }

    private java.util.List<Long> listedIds(String bearer) {
        var page = send("GET", "/api/content?q=" + marker + "&size=50", bearer, null);
        assertThat(page.status()).isEqualTo(200);
        var ids = new ArrayList<Long>();
        page.json().get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }
}
