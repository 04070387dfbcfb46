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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deals over real HTTP: register, conflict hidden from the partner, approve, won, co-selling, validation problems,
 * and another organization's deal answering 404 without changing anything.
 */
@PortalWebTest
class DealApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    ApiClient api;
    String suffix;

    @BeforeEach
    void setUp() {
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        api = new ApiClient(port);
        clock.set(TestClockConfiguration.START);
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    String register(String company, String domain, String currency) {
        return """
                {"customerCompany":"%s","customerDomain":"%s","country":"VN","products":["Analytics Cloud"],
                 "estimatedValue":"25000.50","currency":"%s","expectedClose":"2026-12-20","stage":"QUALIFIED",
                 "notes":"Met the CIO."}""".formatted(company, domain, currency);
    }

    @Test
    void aConflictingRegistrationIsUnderReviewForThePartnerTheManagerApprovesAndThePartnerMarksItWon() {
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        var carol = api.tokenFor("carol@contoso.test", DEMO_PASSWORD);
        var manager = api.tokenFor("manager@vendor.test", DEMO_PASSWORD);
        var first = send("POST", "/api/deals", alice, register("Saigon Foods " + suffix + " JSC", "saigonfoods-" + suffix + ".vn", "VND"));
        assertThat(first.statusCode()).isEqualTo(201);
        var second = send("POST", "/api/deals", carol, register("Saigon Foods " + suffix, "https://www.saigonfoods-" + suffix + ".vn", "USD"));
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.body()).doesNotContain("Northwind").doesNotContain("JSC");
        long id = api.read(second.body()).get("deal").get("id").asLong();
        assertThat(api.read(second.body()).get("deal").get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(api.read(second.body()).get("conflicts").size()).isZero();

        var review = api.read(api.get("/api/deals/" + id, manager).body());
        assertThat(review.get("conflicts").get(0).get("otherOrganizationName").asString()).isEqualTo("Northwind Traders");
        assertThat(review.get("conflicts").get(0).get("matchedOn").asString()).isEqualTo("DOMAIN");

        var approved = send("POST", "/api/deals/" + id + "/decision", manager, "{\"approve\":true,\"reason\":\"Carol's team ran the pilot.\"}");
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(api.read(approved.body()).get("deal").get("protectedUntil").asString()).isEqualTo("2027-01-31");

        var noAmount = send("PATCH", "/api/deals/" + id, carol, "{\"stage\":\"WON\"}");
        assertThat(noAmount.statusCode()).isEqualTo(400);
        assertThat(api.read(noAmount.body()).get("code").asString()).isEqualTo("deal.final-amount-required");
        var won = send("PATCH", "/api/deals/" + id, carol, "{\"stage\":\"WON\",\"finalAmount\":\"26000\"}");
        assertThat(won.statusCode()).isEqualTo(200);
        assertThat(api.read(won.body()).get("deal").get("stage").asString()).isEqualTo("WON");
        var closed = send("PATCH", "/api/deals/" + id, carol, "{\"notes\":\"After the fact.\"}");
        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(api.read(closed.body()).get("code").asString()).isEqualTo("deal.closed");

        var pipeline = api.read(api.get("/api/deals?stage=WON", carol).body());
        assertThat(pipeline.get("deals").findValues("organizationName").stream().map(n -> n.asString()).distinct())
                .containsExactly("Contoso Ltd");
        var csv = api.get("/api/deals/export.csv", carol);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains("Saigon Foods " + suffix).doesNotContain("Northwind");
    }

    @Test
    void invalidInputAnswersAProblemWithItsCodeAndWritesNothing() {
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        long before = count("deal_registration");
        var badDomain = send("POST", "/api/deals", alice, register("Bad " + suffix, "no domain here", "EUR"));
        assertThat(badDomain.statusCode()).isEqualTo(400);
        assertThat(api.read(badDomain.body()).get("code").asString()).isEqualTo("deal.domain-invalid");
        var badCurrency = send("POST", "/api/deals", alice, register("Bad " + suffix, "bad-" + suffix + ".com", "XYZ"));
        assertThat(api.read(badCurrency.body()).get("code").asString()).isEqualTo("deal.currency-invalid");
        var missing = send("POST", "/api/deals", alice, "{\"customerCompany\":\"\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).doesNotContain("Exception");
        var staff = send("POST", "/api/deals", api.tokenFor("manager@vendor.test", DEMO_PASSWORD),
                register("Staff " + suffix, "staff-" + suffix + ".com", "EUR"));
        assertThat(staff.statusCode()).isEqualTo(403);
        assertThat(count("deal_registration")).isEqualTo(before);
    }

    @Test
    void anotherOrganizationsDealIsNotFoundInBothDirectionsAndNothingChanges() {
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        var carol = api.tokenFor("carol@contoso.test", DEMO_PASSWORD);
        long alices = api.read(send("POST", "/api/deals", alice, register("North " + suffix, "north-" + suffix + ".com", "EUR"))
                .body()).get("deal").get("id").asLong();
        long carols = api.read(send("POST", "/api/deals", carol, register("South " + suffix, "south-" + suffix + ".com", "EUR"))
                .body()).get("deal").get("id").asLong();
        var rows = jdbc.queryForList("select id, stage, notes, version from deal_registration order by id");
        long requests = count("deal_co_selling");

        for (var probe : new Object[][] {{carol, alices, "North"}, {alice, carols, "South"}}) {
            var token = (String) probe[0];
            assertThat(api.get("/api/deals/" + probe[1], token).status()).isEqualTo(404);
            assertThat(send("PATCH", "/api/deals/" + probe[1], token, "{\"stage\":\"PROPOSAL\",\"notes\":\"x\"}").statusCode()).isEqualTo(404);
            assertThat(send("PATCH", "/api/deals/" + probe[1], token, "{\"stage\":\"LOST\",\"lostReason\":\"x\"}").statusCode()).isEqualTo(404);
            assertThat(send("POST", "/api/deals/" + probe[1] + "/extension", token, "{\"reason\":\"x\"}").statusCode()).isEqualTo(404);
            assertThat(send("POST", "/api/deals/" + probe[1] + "/co-selling", token,
                    "{\"kind\":\"DEMO\",\"notes\":\"x\",\"wantedOn\":\"2026-11-10\"}").statusCode()).isEqualTo(404);
            assertThat(api.get("/api/deals", token).body()).doesNotContain(probe[2] + " " + suffix);
            assertThat(api.get("/api/deals/export.csv", token).body()).doesNotContain(probe[2] + " " + suffix);
            assertThat(send("POST", "/api/deals/" + probe[1] + "/decision", token, "{\"approve\":true}").statusCode()).isEqualTo(403);
        }
        assertThat(jdbc.queryForList("select id, stage, notes, version from deal_registration order by id")).isEqualTo(rows);
        assertThat(count("deal_co_selling")).isEqualTo(requests);
    }

    @Test
    void aPartnerAsksForADemoStaffAssignAndFinishItAndThePartnerSeesTheState() {
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        var manager = api.tokenFor("manager@vendor.test", DEMO_PASSWORD);
        long deal = api.read(send("POST", "/api/deals", alice, register("Helped " + suffix, "helped-" + suffix + ".com", "EUR"))
                .body()).get("deal").get("id").asLong();
        var asked = send("POST", "/api/deals/" + deal + "/co-selling", alice,
                "{\"kind\":\"SOLUTIONS_ENGINEER\",\"notes\":\"Sizing call.\",\"wantedOn\":\"2026-11-12\"}");
        assertThat(asked.statusCode()).isEqualTo(201);
        long request = api.read(asked.body()).get("id").asLong();
        assertThat(api.get("/api/co-selling", alice).status()).isEqualTo(403);
        assertThat(api.get("/api/co-selling", manager).body()).contains("Sizing call.");

        long mona = jdbc.queryForObject("select id from portal_user where email = 'manager@vendor.test'", Long.class);
        assertThat(send("PATCH", "/api/co-selling/" + request, manager, "{\"assigneeId\":" + mona + "}").statusCode()).isEqualTo(200);
        var declined = send("PATCH", "/api/co-selling/" + request, manager, "{\"status\":\"DECLINED\"}");
        assertThat(api.read(declined.body()).get("code").asString()).isEqualTo("deal.reason-required");
        assertThat(send("PATCH", "/api/co-selling/" + request, manager, "{\"status\":\"DONE\"}").statusCode()).isEqualTo(200);

        var seen = api.read(api.get("/api/deals/" + deal, alice).body()).get("coSelling").get(0);
        assertThat(seen.get("status").asString()).isEqualTo("DONE");
        assertThat(seen.get("assigneeName").asString()).isNotBlank();
    }

    @Test
    void theDealOperationsAreInTheOpenApiDocument() {
        var doc = api.get("/v3/api-docs", null);
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body()).contains("\"/api/deals\"", "\"/api/deals/{id}\"", "\"/api/deals/{id}/co-selling\"",
                "\"/api/co-selling/{id}\"");
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
