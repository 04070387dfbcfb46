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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Joint plans over real HTTP on the demo plans: Northwind's approved plan and Contoso's draft. Each side writes
 * its own sections, and a partner reaches another organization's plan in neither direction (404, nothing changes).
 */
@PortalWebTest
class PlanApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    HttpClient http = HttpClient.newHttpClient();
    long northwind;
    long contoso;
    String alice;
    String carol;
    String manager;

    @BeforeEach
    void signIn() {
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        api = new ApiClient(port);
        northwind = jdbc.queryForObject("select id from partner_organization where name = 'Northwind Traders'", Long.class);
        contoso = jdbc.queryForObject("select id from partner_organization where name = 'Contoso Ltd'", Long.class);
        alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        carol = api.tokenFor("carol@contoso.test", DEMO_PASSWORD);
        manager = api.tokenFor("manager@vendor.test", DEMO_PASSWORD);
    }

    @Test
    void anotherOrganizationsPlanIsNotFoundInEitherDirectionAndNothingChanges() {
        var before = planRows();
        for (var pair : new Object[][] {{alice, contoso}, {carol, northwind}}) {
            var token = (String) pair[0];
            var other = "/api/organizations/" + pair[1];
            var commitment = jdbc.queryForObject("select min(c.id) from plan_commitment c join joint_plan p on p.id = c.plan_id "
                    + "where p.organization_id = ?", Long.class, pair[1]);
            assertThat(api.get(other + "/plan", token).status()).isEqualTo(404);
            assertThat(api.get(other + "/plan/versions", token).status()).isEqualTo(404);
            assertThat(api.get(other + "/plan/pdf", token).status()).isEqualTo(404);
            assertThat(api.get(other + "/plan/diff?from=1&to=1", token).status()).isEqualTo(404);
            assertThat(send("PUT", other + "/plan", token, "{\"sections\":{\"TARGET_MARKET\":\"taken over\"}}").statusCode()).isEqualTo(404);
            assertThat(send("POST", other + "/plan/submission", token, "").statusCode()).isEqualTo(404);
            assertThat(send("POST", other + "/plans", token, "{\"start\":\"2027-01-04\",\"weeks\":12}").statusCode()).isEqualTo(404);
            assertThat(send("POST", other + "/plan/commitments", token,
                    "{\"description\":\"x\",\"ownerName\":\"y\",\"dueWeek\":1}").statusCode()).isEqualTo(404);
            assertThat(send("PATCH", other + "/plan/commitments/" + commitment, token, "{\"status\":\"DROPPED\"}").statusCode())
                    .isEqualTo(404);
            assertThat(send("POST", other + "/plan/commitments/" + commitment + "/check-ins", token,
                    "{\"progress\":10,\"note\":\"x\"}").statusCode()).isEqualTo(404);
            assertThat(api.get(other + "/plan/commitments/" + commitment + "/check-ins", token).status()).isEqualTo(404);
        }
        assertThat(planRows()).isEqualTo(before);
    }

    @Test
    void eachSideWritesItsOwnSectionsAndOnlyTheManagerApprovesASubmittedPlan() {
        var plan = "/api/organizations/" + contoso + "/plan";
        var partnerEdit = send("PUT", plan, carol, """
                {"sections":{"TARGET_MARKET":"Agencies in North America"},
                 "objectives":[{"description":"Launch two campaigns","metric":"campaigns","target":"2"}]}""");
        assertThat(partnerEdit.statusCode()).isEqualTo(200);
        assertThat(api.read(partnerEdit.body()).get("sections").get("TARGET_MARKET").asString()).isEqualTo("Agencies in North America");

        var wrongSide = send("PUT", plan, carol, "{\"sections\":{\"VENDOR_RESOURCES\":\"A free lunch\"}}");
        assertThat(wrongSide.statusCode()).isEqualTo(403);
        assertThat(api.read(wrongSide.body()).get("code").asString()).isEqualTo("plan.other-side");
        assertThat(send("PUT", plan, manager, "{\"sections\":{\"VENDOR_RESOURCES\":\"Two workshops\"}}").statusCode()).isEqualTo(200);
        assertThat(send("POST", plan + "/approval", manager, "").statusCode()).isEqualTo(409);
        assertThat(send("POST", plan + "/submission", carol, "").statusCode()).isEqualTo(200);
        assertThat(send("POST", plan + "/approval", carol, "").statusCode()).isEqualTo(403);

        var approved = send("POST", plan + "/approval", manager, "");
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(api.read(approved.body()).get("status").asString()).isEqualTo("APPROVED");
        var pdf = api.get(plan + "/pdf", carol);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
    }

    @Test
    void thePlanEndpointsAreInTheOpenApiDocument() {
        var paths = api.read(api.get("/v3/api-docs", null).body()).get("paths");
        assertThat(paths.get("/api/organizations/{id}/plan").has("get")).isTrue();
        assertThat(paths.get("/api/organizations/{id}/plan").has("put")).isTrue();
        assertThat(paths.get("/api/organizations/{id}/plan/commitments/{commitmentId}/check-ins").has("post")).isTrue();
        assertThat(paths.get("/api/organizations/{id}/plan/approval").has("post")).isTrue();
    }

    private String planRows() {
        return jdbc.queryForList("select v.plan_id, v.number, v.status, v.edited_at from joint_plan_version v order by v.id").toString()
                + jdbc.queryForList("select id, status, progress from plan_commitment order by id")
                + jdbc.queryForList("select section, body from joint_plan_section order by version_id, section")
                + jdbc.queryForObject("select count(*) from joint_plan", Long.class);
    }

    private HttpResponse<String> send(String method, String path, String token, String json) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .method(method, json.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
