package dev.partnerportal.api;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.ApiClient;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Leads over HTTP: staff create and import, the receiving partner lists, rejects and accepts, and a lead of
 * another partner answers 404 and stays as it was. Leads here use an industry only Northwind serves.
 */
@PortalWebTest
class LeadApiTest {

    static final String LEAD = """
            {"company":"Test lead API %s","domain":"lead-api.example","country":"DE","industry":"Shipbuilding","contactName":"Pat Doe",
             "contactEmail":"pat@example.com","products":["Analytics Suite"],"estimatedValue":1500,"currency":"EUR"}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    ApiClient api;
    long northwind;

    @BeforeEach
    void setUp() {
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        api = new ApiClient(port);
        clock.set(TestClockConfiguration.START);
        northwind = jdbc.queryForObject("select id from partner_organization where name = 'Northwind Traders'", Long.class);
        jdbc.update("update partner_organization set version = version + 1, industries = 'Shipbuilding' where id = ?", northwind);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from sales_lead_offer where lead_id in (select id from sales_lead where company like 'Test lead API%')");
        jdbc.update("delete from sales_lead where company like 'Test lead API%'");
        jdbc.update("update partner_organization set version = version + 1, industries = null where id = ?", northwind);
    }

    @Test
    void theReceivingPartnerSeesAndAcceptsALeadAnotherPartnerGets404AndNothingChanges() {
        var manager = api.tokenFor("manager@vendor.test", DEMO_PASSWORD);
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        var carol = api.tokenFor("carol@contoso.test", DEMO_PASSWORD);

        var created = send("POST", "/api/leads", manager, LEAD.formatted("one"));
        assertThat(created.statusCode()).isEqualTo(201);
        var lead = api.read(created.body());
        var id = lead.get("id").asString();
        assertThat(lead.get("status").asString()).isEqualTo("OFFERED");
        assertThat(lead.get("organizationId").asLong()).isEqualTo(northwind);

        assertThat(api.get("/api/leads", carol).body()).doesNotContain(id);
        assertThat(api.get("/api/leads/" + id, carol).status()).isEqualTo(404);
        assertThat(send("POST", "/api/leads/" + id + "/accept", carol, "").statusCode()).isEqualTo(404);
        assertThat(send("POST", "/api/leads/" + id + "/reject", carol, "{\"reason\":\"No\"}").statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select status from sales_lead where id = ?", String.class, UUID.fromString(id)))
                .isEqualTo("OFFERED");
        assertThat(send("POST", "/api/leads", alice, LEAD.formatted("by partner")).statusCode()).isEqualTo(403);

        assertThat(api.get("/api/leads", alice).body()).contains(id);
        assertThat(send("POST", "/api/leads/" + id + "/reject", alice, "{\"reason\":\"\"}").statusCode()).isEqualTo(400);
        var accepted = send("POST", "/api/leads/" + id + "/accept", alice, "");
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(api.read(accepted.body()).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(api.read(accepted.body()).get("dealRegistrationId").isNull()).isFalse();
    }

    @Test
    void anImportWithAWrongRowAnswersTheReportAndImportsNothingUnlessValidRowsOnly() {
        var manager = api.tokenFor("manager@vendor.test", DEMO_PASSWORD);
        var csv = """
                company,domain,country,contact_name,contact_email,products,estimated_value,currency
                Test lead API import ok,import-ok.example,DE,Ann Lee,ann@example.com,Analytics Suite,1000,EUR
                Test lead API import bad,import-bad.example,DE,Bo Kim,bo@example.com,Analytics Suite,1000,EURO
                """;
        long before = jdbc.queryForObject("select count(*) from sales_lead", Long.class);

        var refused = upload("/api/leads/import", manager, csv);
        assertThat(refused.statusCode()).isEqualTo(400);
        var problem = api.read(refused.body());
        assertThat(problem.get("code").asString()).isEqualTo("lead.import-has-problems");
        assertThat(problem.get("problems").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("problems").get(0).get("field").asString()).isEqualTo("currency");
        assertThat(jdbc.queryForObject("select count(*) from sales_lead", Long.class)).isEqualTo(before);

        var imported = upload("/api/leads/import?validRowsOnly=true", manager, csv);
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(api.read(imported.body()).get("imported").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from sales_lead", Long.class)).isEqualTo(before + 1);
    }

    private HttpResponse<String> upload(String path, String bearer, String csv) {
        var boundary = "----portal" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"leads.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + bearer)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
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
