package dev.partnerportal.api;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.ApiClient;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Product access over real HTTP: request, decide, another organization's request answering 404, and the OpenAPI document. */
@PortalWebTest
class ProductAccessApiTest {

    static final String REQUEST = """
            {"kind":"NFR_LICENCE","product":"Data Studio","purpose":"Consultant training","people":"dana@northwind.test"}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    ApiClient api;

    @BeforeEach
    void setUp() {
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        api = new ApiClient(port);
        clock.set(TestClockConfiguration.START);
    }

    @Test
    void aPartnerRequestsStaffApproveAndThePartnerSeesTheExpiry() {
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        var manager = api.tokenFor("manager@vendor.test", DEMO_PASSWORD);

        var created = send("POST", "/api/product-access", alice, REQUEST);
        assertThat(created.statusCode()).isEqualTo(201);
        long id = api.read(created.body()).get("id").asLong();
        assertThat(api.read(created.body()).get("status").asString()).isEqualTo("REQUESTED");
        var expiry = LocalDate.now(clock).plusDays(30);
        var approved = send("POST", "/api/product-access/" + id + "/approval", manager, "{\"expiresOn\":\"" + expiry + "\"}");
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/product-access/" + id + "/rejection", manager, "{\"reason\":\"Too late\"}").statusCode())
                .isEqualTo(409);

        var seen = api.read(api.get("/api/product-access/" + id, alice).body());
        assertThat(seen.get("status").asString()).isEqualTo("APPROVED");
        assertThat(seen.get("expiresOn").asString()).isEqualTo(expiry.toString());
        assertThat(api.read(api.get("/api/product-access", alice).body()).findValues("organizationName").stream()
                .map(n -> n.asString()).distinct().toList()).containsExactly("Northwind Traders");
        assertThat(api.read(api.get("/api/product-access", manager).body()).findValues("id").stream().map(n -> n.asLong()))
                .contains(id);
    }

    @Test
    void anotherOrganizationsRequestIsNotFoundAndPartnersCannotDecide() {
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        var carol = api.tokenFor("carol@contoso.test", DEMO_PASSWORD);
        long id = api.read(send("POST", "/api/product-access", alice, REQUEST).body()).get("id").asLong();
        var before = rows();

        assertThat(api.get("/api/product-access/" + id, carol).status()).isEqualTo(404);
        assertThat(api.read(api.get("/api/product-access/" + id, carol).body()).get("code").asString())
                .as("exactly like an id that does not exist")
                .isEqualTo(api.read(api.get("/api/product-access/987654321", carol).body()).get("code").asString());
        assertThat(api.read(api.get("/api/product-access", carol).body()).findValues("id").stream().map(n -> n.asLong()))
                .doesNotContain(id);
        assertThat(send("POST", "/api/product-access/" + id + "/approval", alice, "{\"expiresOn\":\"2099-01-01\"}").statusCode())
                .isEqualTo(403);
        assertThat(send("POST", "/api/product-access/" + id + "/rejection", carol, "{\"reason\":\"No\"}").statusCode())
                .isEqualTo(403);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void anIncompleteRequestIsAProblemAndSavesNothing() {
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        var before = rows();

        var refused = send("POST", "/api/product-access", alice, REQUEST.replace("Data Studio", " "));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).contains("json");
        assertThat(refused.body()).doesNotContain("Exception");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void theEndpointsAreInTheOpenApiDocument() {
        var paths = api.read(api.get("/v3/api-docs", null).body()).get("paths");

        for (var path : List.of("/api/product-access", "/api/product-access/{id}", "/api/product-access/{id}/approval",
                "/api/product-access/{id}/rejection")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
    }

    private List<Map<String, Object>> rows() {
        return jdbc.queryForList("select id, status, expires_on, rejection_reason from product_access_request order by id");
    }

    private HttpResponse<String> send(String method, String path, String bearer, String json) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
