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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Escalations over real HTTP: raise, answer, and another organization's id or escalation answering 404. */
@PortalWebTest
class EscalationApiTest {

    static final String RAISE = """
            {"category":"TECHNICAL","severity":"CRITICAL","title":"API outage","description":"Calls time out."}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    ApiClient api;
    long northwind;
    long contoso;

    @BeforeEach
    void setUp() {
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        api = new ApiClient(port);
        clock.set(TestClockConfiguration.START); // Monday 09:00 UTC, the opening of the business day
        northwind = jdbc.queryForObject("select id from partner_organization where name = 'Northwind Traders'", Long.class);
        contoso = jdbc.queryForObject("select id from partner_organization where name = 'Contoso Ltd'", Long.class);
    }

    @Test
    void aPartnerRaisesTheManagerAnswersAndThePartnerSeesTheResponseTargetMet() {
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        var manager = api.tokenFor("manager@vendor.test", DEMO_PASSWORD);

        var raised = send("POST", "/api/organizations/" + northwind + "/escalations", alice, RAISE);
        assertThat(raised.statusCode()).isEqualTo(201);
        long id = api.read(raised.body()).get("escalation").get("id").asLong();
        var answered = send("PATCH", "/api/escalations/" + id, manager, "{\"message\":\"On it.\"}");
        assertThat(answered.statusCode()).isEqualTo(200);

        var seen = api.read(api.get("/api/escalations/" + id, alice).body());
        assertThat(seen.get("escalation").get("status").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(seen.get("escalation").get("response").asString()).isEqualTo("MET");
        assertThat(seen.get("history").get(1).get("message").asString()).isEqualTo("On it.");
        var list = api.read(api.get("/api/organizations/" + northwind + "/escalations", alice).body());
        assertThat(list.findValues("id").stream().map(n -> n.asLong())).contains(id);
    }

    @Test
    void anotherOrganizationsIdOrEscalationIsNotFoundInBothDirectionsAndNothingChanges() {
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        var carol = api.tokenFor("carol@contoso.test", DEMO_PASSWORD);
        long alices = api.read(send("POST", "/api/organizations/" + northwind + "/escalations", alice, RAISE).body())
                .get("escalation").get("id").asLong();
        long carols = api.read(send("POST", "/api/organizations/" + contoso + "/escalations", carol, RAISE).body())
                .get("escalation").get("id").asLong();
        long escalations = count("escalation");
        long entries = count("escalation_entry");

        for (var probe : new Object[][] {{carol, northwind, alices}, {alice, contoso, carols}}) {
            var token = (String) probe[0];
            assertThat(api.get("/api/organizations/" + probe[1] + "/escalations", token).status()).isEqualTo(404);
            assertThat(send("POST", "/api/organizations/" + probe[1] + "/escalations", token, RAISE).statusCode()).isEqualTo(404);
            assertThat(api.get("/api/escalations/" + probe[2], token).status()).isEqualTo(404);
            assertThat(send("PATCH", "/api/escalations/" + probe[2], token, "{\"message\":\"Hi\"}").statusCode()).isEqualTo(404);
            assertThat(send("PATCH", "/api/escalations/" + probe[2], token, "{\"status\":\"IN_PROGRESS\"}").statusCode()).isEqualTo(404);
        }
        assertThat(count("escalation")).isEqualTo(escalations);
        assertThat(count("escalation_entry")).isEqualTo(entries);
    }

    @Test
    void anAttachmentThatIsNotWhatItsNameSaysIsRefusedWithItsCode() {
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        long before = count("escalation");
        var html = java.util.Base64.getEncoder().encodeToString("<html><body>x</body></html>".getBytes());
        var response = send("POST", "/api/organizations/" + northwind + "/escalations", alice, RAISE.replace("}",
                ",\"attachmentName\":\"log.pdf\",\"attachmentBase64\":\"" + html + "\"}"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(api.read(response.body()).get("code").asString()).isEqualTo("escalation.attachment-type-refused");
        assertThat(count("escalation")).isEqualTo(before);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
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
