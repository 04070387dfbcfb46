package dev.partnerportal.api;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.ApiClient;
import dev.partnerportal.support.PortalWebPostgresTest;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The REST API on PostgreSQL (the production database), one representative call set per feature area: tokens,
 * content (create, publish, attach a file, list, search), certifications, surveys, deals, leads and the
 * metrics scrape, each with another organization's id answering 404. The H2 suite covers the details; this shows
 * the same answers come from PostgreSQL's SQL, types and locking.
 */
@PortalWebPostgresTest
class ApiOnPostgresTest {

    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    ApiClient api;
    final HttpClient http = HttpClient.newHttpClient();
    String suffix;

    @BeforeEach
    void setUp() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        clock.set(TestClockConfiguration.START);
        api = new ApiClient(port);
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void tokensSignInAndOut() {
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);

        assertThat(api.read(api.get("/api/me", alice).body()).get("username").asString()).isEqualTo("alice@northwind.test");
        assertThat(api.token("alice@northwind.test", "not her password").status()).isEqualTo(401);
        assertThat(api.get("/api/me", null).status()).isEqualTo(401);
        assertThat(api.get("/api/me", alice + "x").status()).isEqualTo(401);
    }

    @Test
    void contentIsPublishedWithAFileListedSearchedAndKeptFromOtherTiers() {
        var admin = api.tokenFor("admin@vendor.test", DEMO_PASSWORD);
        var word = "pgword" + suffix.replaceAll("[^a-z]", "q");
        var created = send("POST", "/api/content", admin, """
                {"type":"PLAYBOOK","title":"Postgres playbook %s","body":"About %s.","tiers":["GOLD"]}""".formatted(word, word));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var id = api.read(created.body()).get("id").asLong();
        var attachment = api.read(upload(id, "chart.png", PNG, admin)).get("id").asLong();
        assertThat(send("POST", "/api/content/" + id + "/publish", admin, "").statusCode()).isEqualTo(200);

        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        var carol = api.tokenFor("carol@contoso.test", DEMO_PASSWORD);
        assertThat(api.get("/api/content/" + id, alice).status()).isEqualTo(200);
        assertThat(api.get("/api/content/" + id, carol).status()).as("Registered partner, Gold-only item").isEqualTo(404);
        assertThat(download(attachment, alice)).as("the bytes from PostgreSQL").isEqualTo(PNG);
        assertThat(download(attachment, carol)).isNull();
        assertThat(api.get("/api/content?q=" + word, alice).body()).contains("Postgres playbook " + word);

        var found = awaitSearch(word, alice);
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(api.read(api.get("/api/search?q=" + word, carol).body()).get("total").asLong()).isZero();
    }

    @Test
    void certificationsAreListedPerOrganization() {
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        var carol = api.tokenFor("carol@contoso.test", DEMO_PASSWORD);
        var award = jdbc.queryForObject("""
                select a.id from certification_award a join portal_user u on u.id = a.user_id
                where u.email = 'alice@northwind.test'""", Long.class);

        assertThat(api.read(api.get("/api/certifications", alice).body()).get("total").asLong()).isEqualTo(1);
        assertThat(api.read(api.get("/api/certifications", carol).body()).get("total").asLong()).isZero();
        assertThat(api.get("/api/certifications/" + award, alice).status()).isEqualTo(200);
        assertThat(api.get("/api/certifications/" + award, carol).status()).isEqualTo(404);
    }

    @Test
    void surveysAnswerOnlyTheirAudience() {
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);

        var open = api.get("/api/surveys/open", alice);
        assertThat(open.status()).isEqualTo(200);
        assertThat(api.read(open.body()).isArray()).isTrue();
        assertThat(api.get("/api/surveys/waves/999999", alice).status()).isEqualTo(404);
    }

    @Test
    void dealsAreRegisteredAndAnotherOrganizationsDealIsNotFound() {
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        var carol = api.tokenFor("carol@contoso.test", DEMO_PASSWORD);
        var registered = send("POST", "/api/deals", alice, """
                {"customerCompany":"Postgres Foods %s","customerDomain":"pgfoods-%s.vn","country":"VN",
                 "products":["Analytics Cloud"],"estimatedValue":"25000.50","currency":"VND","expectedClose":"2026-12-20",
                 "stage":"QUALIFIED","notes":"Met the CIO."}""".formatted(suffix, suffix));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        var id = api.read(registered.body()).get("deal").get("id").asLong();
        var rows = jdbc.queryForObject("select count(*) from deal_registration", Long.class);

        assertThat(api.read(api.get("/api/deals/" + id, alice).body()).get("deal").get("id").asLong()).isEqualTo(id);
        assertThat(jdbc.queryForObject("select estimated_value from deal_registration where id = ?", java.math.BigDecimal.class, id))
                .isEqualByComparingTo("25000.50");
        assertThat(api.get("/api/deals/" + id, carol).status()).isEqualTo(404);
        assertThat(send("PATCH", "/api/deals/" + id, carol, "{\"stage\":\"LOST\",\"lostReason\":\"x\"}").statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from deal_registration", Long.class)).isEqualTo(rows);
        assertThat(jdbc.queryForObject("select stage from deal_registration where id = ?", String.class, id)).isEqualTo("QUALIFIED");
    }

    @Test
    void aLeadReachesItsPartnerAndNoOtherOrganization() {
        var northwind = jdbc.queryForObject("select id from partner_organization where name = 'Northwind Traders'", Long.class);
        jdbc.update("update partner_organization set version = version + 1, industries = 'Shipbuilding' where id = ?", northwind);
        try {
            var manager = api.tokenFor("manager@vendor.test", DEMO_PASSWORD);
            var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
            var carol = api.tokenFor("carol@contoso.test", DEMO_PASSWORD);
            var created = send("POST", "/api/leads", manager, """
                    {"company":"Postgres lead %s","domain":"lead-api.example","country":"DE","industry":"Shipbuilding",
                     "contactName":"Pat Doe","contactEmail":"pat@example.com","products":["Analytics Suite"],
                     "estimatedValue":1500,"currency":"EUR"}""".formatted(suffix));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            var id = api.read(created.body()).get("id").asString();

            assertThat(api.get("/api/leads", alice).body()).contains("Postgres lead " + suffix);
            assertThat(api.get("/api/leads", carol).body()).doesNotContain("Postgres lead " + suffix);
            assertThat(api.get("/api/leads/" + id, carol).status()).isEqualTo(404);
            assertThat(send("POST", "/api/leads/" + id + "/accept", carol, "").statusCode()).isEqualTo(404);
        } finally {
            jdbc.update("update partner_organization set version = version + 1, industries = null where id = ?", northwind);
        }
    }

    /** Waits (not a timing assertion) until this node's index has applied the publication. */
    private tools.jackson.databind.JsonNode awaitSearch(String word, String token) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            var answer = api.get("/api/search?q=" + word, token);
            if (answer.status() == 200 && api.read(answer.body()).get("total").asLong() > 0 || System.nanoTime() > deadline) {
                return api.read(answer.body());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private HttpResponse<String> send(String method, String path, String token, String json) {
        return exchange(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String upload(long itemId, String fileName, byte[] content, String token) {
        var boundary = "----portal" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var response = exchange(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/content/" + itemId + "/attachments"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body();
    }

    private byte[] download(long attachment, String token) {
        var response = exchange(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/attachments/" + attachment))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return response.statusCode() == 200 ? response.body() : null;
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
