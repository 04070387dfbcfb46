package dev.partnerportal.api;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.ApiClient;
import dev.partnerportal.support.PortalWebTest;
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
 * Market development funds over HTTP: allocate, request, approve, claim with a proof checked by content; another
 * organization's request answers 404 and changes nothing. Uses the quarter 2032-Q2, which nothing else touches.
 */
@PortalWebTest
class MdfApiTest {

    static final String QUARTER = "2032-Q2";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    long northwind;

    @BeforeEach
    void setUp() {
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        api = new ApiClient(port);
        northwind = jdbc.queryForObject("select id from partner_organization where name = 'Northwind Traders'", Long.class);
    }

    @AfterEach
    void cleanUp() {
        var requests = "(select r.id from mdf_fund_request r join mdf_allocation a on a.id = r.allocation_id "
                + "where a.fiscal_quarter = '" + QUARTER + "')";
        jdbc.update("delete from mdf_claim_proof where claim_id in (select id from mdf_claim where fund_request_id in " + requests + ")");
        jdbc.update("delete from mdf_claim where fund_request_id in " + requests);
        jdbc.update("delete from mdf_fund_request where id in " + requests);
        jdbc.update("delete from mdf_allocation where fiscal_quarter = ?", QUARTER);
    }

    @Test
    void aPartnerRequestsTheManagerApprovesAndTheClaimNeedsARealInvoice() {
        var manager = api.tokenFor("manager@vendor.test", DEMO_PASSWORD);
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        var carol = api.tokenFor("carol@contoso.test", DEMO_PASSWORD);
        assertThat(send("PUT", "/api/mdf/allocations", manager, """
                {"organizationId":%d,"quarter":"%s","amount":5000,"currency":"EUR"}""".formatted(northwind, QUARTER))
                .statusCode()).isEqualTo(200);
        assertThat(send("PUT", "/api/mdf/allocations", alice, """
                {"organizationId":%d,"quarter":"%s","amount":9000,"currency":"EUR"}""".formatted(northwind, QUARTER))
                .statusCode()).isEqualTo(403);

        var submitted = send("POST", "/api/mdf/requests", alice, """
                {"activityType":"WEBINAR","title":"Data webinar","plan":"One hour, 100 guests.","cost":1200.50,
                 "expectedLeads":15,"startsOn":"2032-04-10","endsOn":"2032-04-10"}""");
        assertThat(submitted.statusCode()).isEqualTo(201);
        var id = api.read(submitted.body()).get("id").asString();
        assertThat(api.read(submitted.body()).get("currency").asString()).isEqualTo("EUR");
        assertThat(send("POST", "/api/mdf/requests/" + id + "/approve", manager, "").statusCode()).isEqualTo(200);
        long claims = count("mdf_claim");

        assertThat(api.get("/api/mdf/requests/" + id, carol).status()).isEqualTo(404);
        assertThat(api.get("/api/mdf/requests", carol).body()).doesNotContain(id);
        assertThat(claim(id, carol, "900", "invoice.pdf", PDF).statusCode()).isEqualTo(404);
        var renamed = claim(id, alice, "900", "invoice.pdf", "<html>not an invoice</html>".getBytes(StandardCharsets.UTF_8));
        assertThat(renamed.statusCode()).isEqualTo(400);
        assertThat(api.read(renamed.body()).get("code").asString()).isEqualTo("mdf.proof-type-refused");
        assertThat(claim(id, alice, "1300", "invoice.pdf", PDF).statusCode()).isEqualTo(400);
        assertThat(count("mdf_claim")).isEqualTo(claims);

        var claimed = claim(id, alice, "900", "invoice.pdf", PDF);
        assertThat(claimed.statusCode()).isEqualTo(201);
        var proof = api.read(claimed.body()).get("claims").get(0).get("proofs").get(0).get("id").asLong();
        assertThat(api.get("/api/mdf/proofs/" + proof, carol).status()).isEqualTo(404);
        var download = api.get("/api/mdf/proofs/" + proof, alice);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(api.get("/api/mdf/allocations", alice).body()).contains(QUARTER);
        assertThat(api.get("/api/mdf/allocations", carol).body()).doesNotContain(QUARTER);
    }

    @Test
    void aClaimMayCarryAsManyProofsAsAllowedEachAsLargeAsAllowed() {
        var manager = api.tokenFor("manager@vendor.test", DEMO_PASSWORD);
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        send("PUT", "/api/mdf/allocations", manager, """
                {"organizationId":%d,"quarter":"%s","amount":5000,"currency":"EUR"}""".formatted(northwind, QUARTER));
        var id = api.read(send("POST", "/api/mdf/requests", alice, """
                {"activityType":"EVENT","title":"Trade fair","plan":"A stand for two days.","cost":3000,
                 "expectedLeads":40,"startsOn":"2032-05-10","endsOn":"2032-05-11"}""").body()).get("id").asString();
        assertThat(send("POST", "/api/mdf/requests/" + id + "/approve", manager, "").statusCode()).isEqualTo(200);
        var largest = java.util.Arrays.copyOf(PDF, dev.partnerportal.mdf.ProofFile.MAX_BYTES);
        java.util.Arrays.fill(largest, PDF.length, largest.length, (byte) ' ');

        var claimed = claim(id, alice, "2900", "scan.pdf", largest, dev.partnerportal.mdf.ProofFile.MAX_FILES);

        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(201);
        assertThat(api.read(claimed.body()).get("claims").get(0).get("proofs").size())
                .isEqualTo(dev.partnerportal.mdf.ProofFile.MAX_FILES);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private HttpResponse<String> claim(String id, String bearer, String cost, String fileName, byte[] content) {
        return claim(id, bearer, cost, fileName, content, 1);
    }

    /** A claim with {@code copies} proof files of {@code content} each. */
    private HttpResponse<String> claim(String id, String bearer, String cost, String fileName, byte[] content, int copies) {
        var boundary = "----portal" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"actualCost\"\r\n\r\n" + cost)
                .getBytes(StandardCharsets.UTF_8));
        for (int copy = 1; copy <= copies; copy++) {
            body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + copy + "-" + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
        }
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/mdf/requests/" + id + "/claims"))
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
