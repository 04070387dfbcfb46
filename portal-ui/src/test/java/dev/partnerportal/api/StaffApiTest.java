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
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The staff and partner-manager endpoints over real HTTP: administrators only, problem bodies for everything else. */
@PortalWebTest
class StaffApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
    }

    @Test
    void anAdministratorListsStaffPageByPage() {
        var admin = api.tokenFor("admin@vendor.test", DEMO_PASSWORD);

        var page = api.get("/api/staff?page=0&size=2", admin);

        assertThat(page.status()).isEqualTo(200);
        var json = api.read(page.body());
        assertThat(json.get("items").size()).isEqualTo(2);
        assertThat(json.get("total").asLong()).isEqualTo(
                jdbc.queryForObject("select count(*) from portal_user where organization_id is null", Long.class));
        var emails = new java.util.ArrayList<String>();
        api.read(api.get("/api/staff?size=100", admin).body()).get("items").forEach(item -> emails.add(item.get("email").asString()));
        assertThat(emails)
                .contains("admin@vendor.test", "editor@vendor.test", "manager@vendor.test")
                .doesNotContain("alice@northwind.test");
    }

    @Test
    void anAdministratorInvitesThenChangesRoleAndStatus() {
        var admin = api.tokenFor("admin@vendor.test", DEMO_PASSWORD);
        var email = "api-invite-" + UUID.randomUUID().toString().substring(0, 6) + "@vendor.test";

        var invited = send("POST", "/api/staff", admin, "{\"email\":\"" + email + "\",\"name\":\"Api Invite\",\"role\":\"CONTENT_EDITOR\"}");
        assertThat(invited.statusCode()).isEqualTo(201);
        var id = api.read(invited.body()).get("id").asLong();
        assertThat(invited.headers().firstValue("Location")).hasValue("/api/staff/" + id);
        assertThat(api.read(invited.body()).get("status").asString()).isEqualTo("INVITED");

        var twice = send("POST", "/api/staff", admin, "{\"email\":\"" + email + "\",\"name\":\"Again\",\"role\":\"ADMIN\"}");
        assertProblem(twice, 409, "urn:partnerportal:problem:duplicate-account");
        assertThat(api.read(twice.body()).get("code").asString()).isEqualTo("identity.duplicate-account");
        assertThat(api.read(twice.body()).get("detail").asString()).isEqualTo("An account with this email address exists already.");

        var active = account("CONTENT_EDITOR");
        var promoted = send("PATCH", "/api/staff/" + active, admin, "{\"role\":\"CHANNEL_MANAGER\"}");
        assertThat(promoted.statusCode()).isEqualTo(200);
        assertThat(api.read(promoted.body()).get("role").asString()).isEqualTo("CHANNEL_MANAGER");
        var deactivated = send("PATCH", "/api/staff/" + active, admin, "{\"active\":false}");
        assertThat(api.read(deactivated.body()).get("status").asString()).isEqualTo("DEACTIVATED");
        assertThat(jdbc.queryForObject("select enabled from portal_user where id = ?", Boolean.class, active)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action in ('ROLE_CHANGED', 'USER_DEACTIVATED') "
                + "and actor = 'admin@vendor.test' and detail like ?", Long.class, emailOf(active) + "%")).isEqualTo(2);
    }

    @Test
    void anAdministratorAssignsAPartnerManagerWithAReason() {
        var admin = api.tokenFor("admin@vendor.test", DEMO_PASSWORD);
        var manager = account("CHANNEL_MANAGER");
        var contoso = jdbc.queryForObject("select id from partner_organization where name = 'Contoso Ltd'", Long.class);
        var before = jdbc.queryForObject("select partner_manager_id from partner_organization where id = ?", Long.class, contoso);
        try {
            var assigned = send("PUT", "/api/organizations/" + contoso + "/manager", admin,
                    "{\"managerId\":" + manager + ",\"reason\":\"Contoso moved to the public sector team\"}");

            assertThat(assigned.statusCode()).isEqualTo(200);
            assertThat(api.read(assigned.body()).get("manager").get("id").asLong()).isEqualTo(manager);
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PARTNER_MANAGER_ASSIGNED' "
                    + "and detail like ?", Long.class, "%Reason: Contoso moved to the public sector team")).isEqualTo(1);
        } finally {
            jdbc.update("update partner_organization set partner_manager_id = ? where id = ?", before, contoso);
        }
    }

    @Test
    void partnerRolesAndOtherStaffGetForbiddenWithAProblemBodyOnEveryEndpoint() {
        var target = account("CONTENT_EDITOR");
        var northwind = jdbc.queryForObject("select id from partner_organization where name = 'Northwind Traders'", Long.class);
        for (var who : List.of("alice@northwind.test", "bob@northwind.test", "carol@contoso.test", "editor@vendor.test",
                "manager@vendor.test")) {
            var token = api.tokenFor(who, DEMO_PASSWORD);
            assertProblem(send("GET", "/api/staff", token, null), 403, "urn:partnerportal:problem:forbidden");
            assertProblem(send("POST", "/api/staff", token, "{\"email\":\"x@vendor.test\",\"name\":\"X\",\"role\":\"ADMIN\"}"),
                    403, "urn:partnerportal:problem:forbidden");
            assertProblem(send("PATCH", "/api/staff/" + target, token, "{\"role\":\"ADMIN\"}"), 403,
                    "urn:partnerportal:problem:forbidden");
            assertProblem(send("PUT", "/api/organizations/" + northwind + "/manager", token,
                    "{\"managerId\":" + target + ",\"reason\":\"mine\"}"), 403, "urn:partnerportal:problem:forbidden");
        }
        assertThat(jdbc.queryForObject("select role from portal_user where id = ?", String.class, target)).isEqualTo("CONTENT_EDITOR");
        assertThat(jdbc.queryForObject("select count(*) from portal_user where email = 'x@vendor.test'", Long.class)).isZero();
        assertThat(send("GET", "/api/staff", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void badInputIsABadRequestAndUnknownIdsAreNotFound() {
        var admin = api.tokenFor("admin@vendor.test", DEMO_PASSWORD);
        var alice = jdbc.queryForObject("select id from portal_user where email = 'alice@northwind.test'", Long.class);
        var editor = jdbc.queryForObject("select id from portal_user where email = 'editor@vendor.test'", Long.class);
        var northwind = jdbc.queryForObject("select id from partner_organization where name = 'Northwind Traders'", Long.class);
        var staffBefore = jdbc.queryForObject("select count(*) from portal_user", Long.class);

        for (var body : List.of("{\"email\":\"not an address\",\"name\":\"X\",\"role\":\"ADMIN\"}",
                "{\"email\":\"x@vendor.test\",\"name\":\"X\"}", "{\"email\":\"x@vendor.test\",\"name\":\"X\",\"role\":\"KING\"}",
                "{\"email\":\"x@vendor.test\",\"name\":\"X\",\"role\":\"PARTNER_USER\"}", "{\"email\":\"x@vendor.test\",\"name\":\" \",\"role\":\"ADMIN\"}",
                "[]", "not json", "")) {
            var response = send("POST", "/api/staff", admin, body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(body).hasValue("application/problem+json");
        }
        assertThat(jdbc.queryForObject("select count(*) from portal_user", Long.class)).isEqualTo(staffBefore);
        var empty = send("PATCH", "/api/staff/" + editor, admin, "{}");
        assertProblem(empty, 400, "urn:partnerportal:problem:bad-request");
        assertThat(api.read(empty.body()).get("code").asString()).isEqualTo("staff.empty-change");
        assertThat(send("PATCH", "/api/staff/" + editor, admin, "{\"role\":\"PARTNER_ADMIN\"}").statusCode()).isEqualTo(400);
        assertThat(send("PATCH", "/api/staff/" + editor, admin, "{\"active\":\"maybe\"}").statusCode()).isEqualTo(400);
        assertThat(send("PATCH", "/api/staff/abc", admin, "{\"active\":false}").statusCode()).isEqualTo(400);
        assertThat(send("GET", "/api/staff?page=-1", admin, null).statusCode()).isEqualTo(400);
        assertThat(send("GET", "/api/staff?size=1000", admin, null).statusCode()).isEqualTo(400);
        assertProblem(send("PUT", "/api/organizations/" + northwind + "/manager", admin, "{\"managerId\":" + editor + ",\"reason\":\"x\"}"),
                400, "urn:partnerportal:problem:bad-request");
        assertThat(send("PUT", "/api/organizations/" + northwind + "/manager", admin, "{\"managerId\":" + editor + "}").statusCode())
                .isEqualTo(400);
        assertThat(jdbc.queryForObject("select role from portal_user where id = ?", String.class, editor)).isEqualTo("CONTENT_EDITOR");

        var unknown = send("PATCH", "/api/staff/999999", admin, "{\"active\":false}");
        assertProblem(unknown, 404, "urn:partnerportal:problem:not-found");
        assertThat(api.read(unknown.body()).get("code").asString()).isEqualTo("api.not-found");
        assertProblem(send("PATCH", "/api/staff/" + alice, admin, "{\"active\":false}"), 404, "urn:partnerportal:problem:not-found");
        assertProblem(send("PUT", "/api/organizations/999999/manager", admin, "{\"managerId\":" + editor + ",\"reason\":\"x\"}"),
                404, "urn:partnerportal:problem:not-found");
        var manager = jdbc.queryForObject("select id from portal_user where email = 'manager@vendor.test'", Long.class);
        assertProblem(send("PUT", "/api/organizations/999999/manager", admin, "{\"managerId\":" + manager + ",\"reason\":\"x\"}"),
                404, "urn:partnerportal:problem:not-found");
        assertThat(jdbc.queryForObject("select enabled from portal_user where id = ?", Boolean.class, alice)).isTrue();
    }

    @Test
    void theLastActiveAdministratorIsAConflict() {
        var admin = api.tokenFor("admin@vendor.test", DEMO_PASSWORD);
        var adminId = jdbc.queryForObject("select id from portal_user where email = 'admin@vendor.test'", Long.class);
        var others = jdbc.queryForList("select id from portal_user where role = 'ADMIN' and enabled = true and id <> ?",
                Long.class, adminId);
        others.forEach(id -> jdbc.update("update portal_user set enabled = false where id = ?", id));
        try {
            var response = send("PATCH", "/api/staff/" + adminId, admin, "{\"role\":\"CONTENT_EDITOR\"}");

            assertProblem(response, 409, "urn:partnerportal:problem:last-administrator");
            assertThat(api.read(response.body()).get("code").asString()).isEqualTo("staff.last-administrator");
            assertThat(api.read(response.body()).get("detail").asString())
                    .isEqualTo("The last active administrator cannot be deactivated or given another role.");
            assertProblem(send("PATCH", "/api/staff/" + adminId, admin, "{\"active\":false}"), 409,
                    "urn:partnerportal:problem:last-administrator");
            assertThat(jdbc.queryForObject("select role from portal_user where id = ?", String.class, adminId)).isEqualTo("ADMIN");
        } finally {
            others.forEach(id -> jdbc.update("update portal_user set enabled = true where id = ?", id));
        }
    }

    @Test
    void theEndpointsAreInTheOpenApiDocument() {
        var document = api.get("/v3/api-docs", null);

        assertThat(document.status()).isEqualTo(200);
        var paths = api.read(document.body()).get("paths");
        assertThat(paths.get("/api/staff").has("get")).isTrue();
        assertThat(paths.get("/api/staff").has("post")).isTrue();
        assertThat(paths.get("/api/staff/{id}").has("patch")).isTrue();
        assertThat(paths.get("/api/organizations/{id}/manager").has("put")).isTrue();
    }

    private void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(api.read(response.body()).get("type").asString()).isEqualTo(type);
    }

    /** A throw-away staff account with the demo password hash; returns its id. */
    private long account(String role) {
        var email = "api-" + UUID.randomUUID().toString().substring(0, 8) + "@vendor.test";
        var hash = jdbc.queryForObject("select password_hash from portal_user where email = 'admin@vendor.test'", String.class);
        jdbc.update("insert into portal_user (email, display_name, password_hash, role, enabled, created_at, version) "
                + "values (?, ?, ?, ?, true, ?, 0)", email, "Api " + role, hash, role, Timestamp.from(Instant.parse("2026-11-01T09:00:00Z")));
        return jdbc.queryForObject("select id from portal_user where email = ?", Long.class, email);
    }

    private String emailOf(long id) {
        return jdbc.queryForObject("select email from portal_user where id = ?", String.class, id);
    }

    private HttpResponse<String> send(String method, String path, String bearer, String body) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
