package dev.partnerportal.api;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditFixtures;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.support.ApiClient;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The REST API over real HTTP: tokens, the shared login limiter, tenancy, problem bodies, actuator. */
@PortalWebTest
class ApiSecurityTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    AuditFixtures audit;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        clock.set(TestClockConfiguration.START);
    }

    @Test
    void demoAccountsGetATokenAndMeTellsWhoTheyAre() {
        var token = api.token("alice@northwind.test", DEMO_PASSWORD);
        assertThat(token.status()).isEqualTo(200);
        var body = api.read(token.body());
        assertThat(body.get("token").asString()).startsWith("ppt_");
        assertThat(body.get("expiresAt").asString()).isEqualTo("2026-11-02T10:00:00Z");

        var me = api.get("/api/me", body.get("token").asString());
        assertThat(me.status()).isEqualTo(200);
        var json = api.read(me.body());
        assertThat(json.get("username").asString()).isEqualTo("alice@northwind.test");
        assertThat(json.get("roles").get(0).asString()).isEqualTo("PARTNER_ADMIN");
        assertThat(json.get("organization").get("name").asString()).isEqualTo("Northwind Traders");
        assertThat(json.get("organization").get("tier").asString()).isEqualTo("GOLD");

        var staff = api.read(api.get("/api/me", api.tokenFor("editor@vendor.test", DEMO_PASSWORD)).body());
        assertThat(staff.get("roles").get(0).asString()).isEqualTo("CONTENT_EDITOR");
        assertThat(staff.get("organization").isNull()).isTrue();
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameAnswerAndALockedLoginA429WhetherOrNotItExists() {
        var unknown = api.token("nobody@vendor.test", DEMO_PASSWORD);
        var wrong = api.token("carol@contoso.test", "wrong password");
        for (int i = 0; i < 4; i++) {
            api.token("carol@contoso.test", "wrong password");
            api.token("nobody@vendor.test", "wrong password");
        }
        var locked = api.token("carol@contoso.test", DEMO_PASSWORD);
        var lockedUnknown = api.token("nobody@vendor.test", DEMO_PASSWORD);

        assertThat(unknown.status()).isEqualTo(wrong.status()).isEqualTo(401);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(unknown.body()).isEqualTo(wrong.body());
        assertThat(api.read(unknown.body()).get("detail").asString()).isEqualTo("Invalid username or password.");
        assertThat(locked.status()).isEqualTo(lockedUnknown.status()).isEqualTo(429);
        assertThat(locked.body()).isEqualTo(lockedUnknown.body());
        assertThat(locked.contentType()).isEqualTo("application/problem+json");
        assertThat(api.read(locked.body()).get("type").asString()).isEqualTo("urn:partnerportal:problem:sign-in-throttled");
        assertThat(locked.headers().firstValue("Retry-After")).hasValue("60");

        clock.advance(Duration.ofSeconds(61));
        assertThat(api.token("carol@contoso.test", DEMO_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void tokenRequestsAreAuditedWithTheCallersAddress() {
        api.token("alice@northwind.test", "wrong password");
        api.tokenFor("alice@northwind.test", DEMO_PASSWORD);

        var failed = audit.recorded(AuditAction.LOGIN_FAILED).getLast();
        assertThat(failed.actor()).isEqualTo("alice@northwind.test");
        assertThat(failed.remoteAddress()).isEqualTo("127.0.0.1");
        assertThat(audit.recorded(AuditAction.LOGIN_SUCCEEDED).getLast().actor())
                .isEqualTo("alice@northwind.test");
        assertThat(audit.recorded(AuditAction.API_TOKEN_ISSUED).getLast().actor())
                .isEqualTo("alice@northwind.test");
    }

    @Test
    void callsWithoutAValidTokenAreRefusedWithAProblemBody() {
        var none = api.get("/api/me", null);
        var garbage = api.get("/api/me", "ppt_not-a-real-token");

        for (var response : new ApiClient.Response[] {none, garbage}) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(api.read(response.body()).get("status").asInt()).isEqualTo(401);
        }
    }

    @Test
    void anExpiredTokenStopsWorking() {
        var token = api.tokenFor("bob@northwind.test", DEMO_PASSWORD);
        assertThat(api.get("/api/me", token).status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(61));

        assertThat(api.get("/api/me", token).status()).isEqualTo(401);
    }

    @Test
    void aDeactivatedAccountsTokenStopsWorkingAtTheNextRequest() {
        var token = api.tokenFor("bob@northwind.test", DEMO_PASSWORD);
        try {
            jdbc.update("update portal_user set enabled = false where email = 'bob@northwind.test'");
            assertThat(api.get("/api/me", token).status()).isEqualTo(401);
        } finally {
            jdbc.update("update portal_user set enabled = true where email = 'bob@northwind.test'");
        }
    }

    @Test
    void aPartnerReadsTheirOwnOrganizationAndGetsNotFoundForAnother() {
        long northwind = organizations.findByName("Northwind Traders").orElseThrow().organizationId().value();
        long contoso = organizations.findByName("Contoso Ltd").orElseThrow().organizationId().value();
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);

        assertThat(api.get("/api/organizations/" + northwind, alice).status()).isEqualTo(200);
        var other = api.get("/api/organizations/" + contoso, alice);
        var missing = api.get("/api/organizations/987654", alice);
        assertThat(other.status()).isEqualTo(missing.status()).isEqualTo(404);
        assertThat(other.contentType()).isEqualTo("application/problem+json");

        var list = api.get("/api/organizations", alice);
        assertThat(list.status()).isEqualTo(403);
        assertThat(api.read(list.body()).get("type").asString()).isEqualTo("urn:partnerportal:problem:forbidden");
    }

    @Test
    void onboardingAndTierOfAnotherPartnerAnswerNotFoundExactlyLikeAMissingOne() {
        long northwind = organizations.findByName("Northwind Traders").orElseThrow().organizationId().value();
        long contoso = organizations.findByName("Contoso Ltd").orElseThrow().organizationId().value();
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        var manager = api.tokenFor("manager@vendor.test", DEMO_PASSWORD);

        for (var resource : new String[] {"onboarding", "tier"}) {
            assertThat(api.get("/api/organizations/" + northwind + "/" + resource, alice).status()).as(resource).isEqualTo(200);
            var foreign = api.get("/api/organizations/" + contoso + "/" + resource, alice);
            var missing = api.get("/api/organizations/987654/" + resource, alice);
            assertThat(foreign.status()).as(resource).isEqualTo(404);
            assertThat(missing.status()).as(resource).isEqualTo(404);
            assertThat(foreign.contentType()).isEqualTo("application/problem+json");
            assertThat(api.get("/api/organizations/" + contoso + "/" + resource, manager).status()).as(resource).isEqualTo(200);
        }
        var tier = api.read(api.get("/api/organizations/" + northwind + "/tier", alice).body());
        assertThat(tier.get("tierCode").asString()).isEqualTo("GOLD");
        assertThat(tier.get("override").get("reason").asString()).startsWith("Founding partner");
        var journey = api.read(api.get("/api/organizations/" + contoso + "/onboarding", manager).body());
        assertThat(journey.get("steps").size()).isEqualTo(4);
    }

    @Test
    void channelManagersListOrganizationsWithPagingLimits() {
        var manager = api.tokenFor("manager@vendor.test", DEMO_PASSWORD);

        var page = api.read(api.get("/api/organizations?size=1", manager).body());
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(7);
        assertThat(page.get("items").size()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("name").asString()).isEqualTo("Adventure Works");

        var tooBig = api.get("/api/organizations?size=100000", manager);
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.contentType()).isEqualTo("application/problem+json");
        var notANumber = api.get("/api/organizations?page=abc", manager);
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void badInputGetsAProblemBodyNamingTheFieldsNeverAStackTrace() {
        var blank = api.postJson("/api/auth/token", "{\"username\":\"\",\"password\":\"\"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.contentType()).isEqualTo("application/problem+json");
        assertThat(api.read(blank.body()).get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("username", "password");

        var malformed = api.postJson("/api/auth/token", "{\"username\": [oops");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).isEqualTo("application/problem+json");
        assertThat(malformed.body()).doesNotContain("Exception", "at dev.", "at org.");
    }

    @Test
    void unknownApiPathsAnswer404ProblemNotAnHtmlPage() {
        var token = api.tokenFor("admin@vendor.test", DEMO_PASSWORD);

        var response = api.get("/api/no-such-thing", token);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void actuatorShowsHealthAndInfoOnly() {
        assertThat(api.get("/actuator/health", null).body()).contains("\"status\":\"UP\"");
        assertThat(api.get("/actuator/health/liveness", null).status()).isEqualTo(200);
        assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(api.get("/actuator/info", null).status()).isEqualTo(200);
        for (var closed : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump"}) {
            assertThat(api.get(closed, null).status()).as(closed).isNotEqualTo(200);
        }
        var admin = api.tokenFor("admin@vendor.test", DEMO_PASSWORD);
        assertThat(api.get("/actuator/env", admin).status()).isNotEqualTo(200);
    }

    @Test
    void theOpenApiDescriptionCoversTheApi() {
        var docs = api.get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/auth/token", "/api/me", "/api/organizations/{id}", "bearer");
    }
}
