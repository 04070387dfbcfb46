package dev.partnerportal.api;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.support.ApiClient;
import dev.partnerportal.support.PortalWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** GET /api/organizations/{id}/health: staff per visibility, partners their own only, both directions. */
@PortalWebTest
class HealthApiTest {

    @LocalServerPort
    int port;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    long northwind;
    long contoso;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        northwind = organizations.findByName("Northwind Traders").orElseThrow().organizationId().value();
        contoso = organizations.findByName("Contoso Ltd").orElseThrow().organizationId().value();
    }

    @Test
    void aPartnerReadsItsOwnHealthAndAnotherOrganizationsAnswersLikeAMissingOne() {
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        var carol = api.tokenFor("carol@contoso.test", DEMO_PASSWORD);

        var own = api.get("/api/organizations/" + northwind + "/health", alice);
        assertThat(own.status()).isEqualTo(200);
        var body = api.read(own.body());
        assertThat(body.get("organizationId").asLong()).isEqualTo(northwind);
        assertThat(body.get("name").asString()).isEqualTo("Northwind Traders");
        assertThat(body.get("score").asInt()).isBetween(0, 100);
        assertThat(body.get("components").size()).isEqualTo(7);
        assertThat(body.get("components").get(0).get("component").asString()).isEqualTo("CADENCE");
        assertThat(body.get("components").get(0).has("facts")).isTrue();
        assertThat(body.get("components").get(0).get("reasons").get(0).has("key")).isTrue();
        assertThat(body.get("practices").get("SELLS_TOGETHER").asString()).isEqualTo("NOT_MEASURED");
        assertThat(body.get("trend").size()).isBetween(1, 12);

        for (var pair : new Object[][] {{alice, contoso}, {carol, northwind}}) {
            var foreign = api.get("/api/organizations/" + pair[1] + "/health", (String) pair[0]);
            var missing = api.get("/api/organizations/987654/health", (String) pair[0]);
            assertThat(foreign.status()).isEqualTo(missing.status()).isEqualTo(404);
            assertThat(foreign.contentType()).isEqualTo("application/problem+json");
            assertThat(foreign.body()).doesNotContain("score");
        }
        assertThat(api.get("/api/organizations/" + contoso + "/health", carol).status()).isEqualTo(200);
    }

    @Test
    void managersReadEveryVisiblePartnerAndEditorsNone() {
        var manager = api.tokenFor("manager@vendor.test", DEMO_PASSWORD);
        var editor = api.tokenFor("editor@vendor.test", DEMO_PASSWORD);

        assertThat(api.get("/api/organizations/" + northwind + "/health", manager).status()).isEqualTo(200);
        assertThat(api.get("/api/organizations/" + contoso + "/health", manager).status()).isEqualTo(200);
        assertThat(api.get("/api/organizations/" + contoso + "/health", editor).status()).isEqualTo(403);
        assertThat(api.get("/api/organizations/" + contoso + "/health", null).status()).isEqualTo(401);
    }
}
