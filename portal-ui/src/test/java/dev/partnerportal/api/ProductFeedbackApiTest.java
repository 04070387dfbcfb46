package dev.partnerportal.api;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.ApiClient;
import dev.partnerportal.support.PortalWebTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code /api/feedback} over real HTTP: partners submit and list their own organization's submissions and public
 * ideas, vote once, and find another organization's private submission answering 404 in both directions while
 * nothing changes; staff triage.
 */
@PortalWebTest
class ProductFeedbackApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;

    @BeforeEach
    void setUp() {
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        api = new ApiClient(port);
    }

    private HttpResponse<String> send(String method, String path, String token, String json) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private long submit(String token, String kind, String title) throws Exception {
        var created = send("POST", "/api/feedback", token, """
                {"kind":"%s","productArea":"Reporting","title":"%s","description":"Details."}""".formatted(kind, title));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return api.read(created.body()).get("id").asLong();
    }

    private List<Map<String, Object>> snapshot() {
        return jdbc.queryForList("select id, status, visibility, vote_count, reply from product_feedback order by id");
    }

    @Test
    void aPartnerSubmitsStaffTriageAndThePartnerReadsTheReply() throws Exception {
        var bob = api.tokenFor("bob@northwind.test", DEMO_PASSWORD);
        var manager = api.tokenFor("manager@vendor.test", DEMO_PASSWORD);
        var id = submit(bob, "FEEDBACK", "API export is slow");

        var triaged = send("PATCH", "/api/feedback/" + id, manager, "{\"status\":\"UNDER_REVIEW\",\"reply\":\"Looking into it.\"}");
        assertThat(triaged.statusCode()).as(triaged.body()).isEqualTo(200);
        var seen = api.read(api.get("/api/feedback/" + id, bob).body());
        assertThat(seen.get("status").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(seen.get("reply").asString()).isEqualTo("Looking into it.");
        assertThat(api.get("/api/feedback?status=UNDER_REVIEW&size=100", manager).body()).contains("\"id\":" + id + ",");

        var backwards = send("PATCH", "/api/feedback/" + id, manager, "{\"status\":\"NEW\"}");
        assertThat(backwards.statusCode()).isEqualTo(409);
        assertThat(api.read(backwards.body()).get("code").asString()).isEqualTo("productfeedback.status-change-not-allowed");
        assertThat(send("PATCH", "/api/feedback/" + id, bob, "{\"status\":\"PLANNED\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void anotherOrganizationsPrivateSubmissionAnswers404InBothDirectionsAndNothingChanges() throws Exception {
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        var carol = api.tokenFor("carol@contoso.test", DEMO_PASSWORD);
        var northwinds = submit(alice, "IDEA", "Northwind private idea");
        var contosos = submit(carol, "IDEA", "Contoso private idea");
        var before = snapshot();

        for (var attempt : List.of(new Object[] {carol, northwinds}, new Object[] {alice, contosos})) {
            var token = (String) attempt[0];
            var id = (long) attempt[1];
            assertThat(api.get("/api/feedback/" + id, token).status()).isEqualTo(404);
            assertThat(send("POST", "/api/feedback/" + id + "/votes", token, "").statusCode()).isEqualTo(404);
            assertThat(api.get("/api/feedback?size=100", token).body()).doesNotContain("\"id\":" + id + ",");
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aPublicIdeaGetsOneVotePerPersonAndHidesItsOrganization() throws Exception {
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        var carol = api.tokenFor("carol@contoso.test", DEMO_PASSWORD);
        var manager = api.tokenFor("manager@vendor.test", DEMO_PASSWORD);
        var id = submit(alice, "IDEA", "Shared idea");
        assertThat(send("PATCH", "/api/feedback/" + id, manager, "{\"visibility\":\"VISIBLE_TO_ALL_PARTNERS\"}").statusCode())
                .isEqualTo(200);

        var vote = send("POST", "/api/feedback/" + id + "/votes", carol, "");
        assertThat(api.read(vote.body()).get("voted").asBoolean()).isTrue();
        assertThat(api.read(vote.body()).get("votes").asInt()).isEqualTo(1);
        var again = send("POST", "/api/feedback/" + id + "/votes", carol, "");
        assertThat(api.read(again.body()).get("votes").asInt()).isZero();
        var seen = api.read(api.get("/api/feedback/" + id, carol).body());
        assertThat(seen.get("organization").isNull()).isTrue();
        assertThat(seen.get("ownOrganization").asBoolean()).isFalse();
    }
}
