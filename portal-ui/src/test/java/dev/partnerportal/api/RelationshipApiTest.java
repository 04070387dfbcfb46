package dev.partnerportal.api;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.ApiClient;
import dev.partnerportal.support.PortalWebTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The team and touchpoints over real HTTP: each partner reads and logs its own, another organization's id is 404. */
@PortalWebTest
class RelationshipApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    long northwind;
    long contoso;

    @BeforeEach
    void setUp() {
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        api = new ApiClient(port);
        northwind = jdbc.queryForObject("select id from partner_organization where name = 'Northwind Traders'", Long.class);
        contoso = jdbc.queryForObject("select id from partner_organization where name = 'Contoso Ltd'", Long.class);
    }

    @Test
    void aPartnerReadsItsTeamWithTheEscalationPathInOrder() {
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);

        var response = api.get("/api/organizations/" + northwind + "/team", alice);
        assertThat(response.status()).isEqualTo(200);
        var team = api.read(response.body());
        assertThat(team.get("partnerManager").get("name").asString()).isEqualTo("Mona Manager");
        // Demo path: support (Eddie), then the partner manager (Mona), then the executive sponsor (Ada).
        assertThat(team.get("escalationPath").valueStream().map(s -> s.get("person").get("name").asString()).toList())
                .containsExactly("Eddie Editor", "Mona Manager", "Ada Admin");
        assertThat(team.get("breadth").get("departmentsCovered").size()).isEqualTo(5);
        assertThat(api.get("/api/organizations/" + northwind + "/touchpoints", alice).body()).contains("BUSINESS_REVIEW");
    }

    @Test
    void anotherOrganizationsTeamAndTouchpointsAre404BothWaysAndNothingChanges() throws Exception {
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        var carol = api.tokenFor("carol@contoso.test", DEMO_PASSWORD);
        long before = touchpoints();

        for (var pair : new Object[][] {{alice, contoso}, {carol, northwind}}) {
            var token = (String) pair[0];
            long other = (Long) pair[1];
            assertThat(api.get("/api/organizations/" + other + "/team", token).status()).isEqualTo(404);
            assertThat(api.get("/api/organizations/" + other + "/touchpoints", token).status()).isEqualTo(404);
            var post = post("/api/organizations/" + other + "/touchpoints", token, call("Spying"));
            assertThat(post.statusCode()).isEqualTo(404);
            assertThat(post.body()).doesNotContain("Spying");
        }
        assertThat(touchpoints()).isEqualTo(before);
    }

    @Test
    void aPartnerAdministratorLogsABusinessReviewThatStartsWithStrategy() throws Exception {
        var carol = api.tokenFor("carol@contoso.test", DEMO_PASSWORD);
        long before = touchpoints();

        var response = post("/api/organizations/" + contoso + "/touchpoints", carol, """
                {"kind":"BUSINESS_REVIEW","happenedOn":"2026-10-30","notes":"First review",
                 "nextSteps":[{"description":"Send the plan","ownerName":"Carol Contoso","ownerSide":"PARTNER","dueOn":"2026-11-20"}]}""");

        assertThat(response.statusCode()).isEqualTo(201);
        var logged = api.read(response.body());
        assertThat(logged.get("topics").get(0).asString()).isEqualTo("STRATEGY");
        assertThat(logged.get("nextSteps").get(0).get("overdue").asBoolean()).isFalse();
        assertThat(touchpoints()).isEqualTo(before + 1);
        var invalid = post("/api/organizations/" + contoso + "/touchpoints", carol, call(""));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(touchpoints()).isEqualTo(before + 1);
    }

    private String call(String notes) {
        return "{\"kind\":\"CALL\",\"happenedOn\":\"2026-10-30\",\"notes\":\"" + notes + "\"}";
    }

    private long touchpoints() {
        return jdbc.queryForObject("select count(*) from touchpoint", Long.class);
    }

    private HttpResponse<String> post(String path, String token, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
