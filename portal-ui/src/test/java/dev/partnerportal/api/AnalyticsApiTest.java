package dev.partnerportal.api;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.activity.ActivityKind;
import dev.partnerportal.activity.ActivityRecord;
import dev.partnerportal.activity.ActivityRecorder;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.support.ApiClient;
import dev.partnerportal.support.PortalWebTest;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** GET /api/analytics/engagement: staff with analytics roles only, exact figures, bad ranges refused. */
@PortalWebTest
class AnalyticsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ActivityRecorder recorder;
    @Autowired
    dev.partnerportal.activity.ActivityRollup rollup;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
    }

    @Test
    void managersReadEngagementPerOrganizationAndPartnersAreRefused() {
        var northwind = organizations.findByName("Northwind Traders").orElseThrow().organizationId();
        // Two Northwind people in March 2026, long before the test clock: no other test's activity is there.
        jdbc.update("delete from activity_event where occurred_at >= ? and occurred_at < ?",
                java.sql.Timestamp.from(Instant.parse("2026-03-01T00:00:00Z")),
                java.sql.Timestamp.from(Instant.parse("2026-04-01T00:00:00Z")));
        for (var email : new String[] {"alice@northwind.test", "bob@northwind.test"}) {
            recorder.record(ActivityRecord.of(Instant.parse("2026-03-10T10:00:00Z"), ActivityKind.SIGN_IN,
                    accounts.findByEmail(email).orElseThrow().id(), northwind));
        }
        recorder.flush();
        rollup.rollUp(new dev.partnerportal.activity.DayRange(java.time.LocalDate.of(2026, 3, 1),
                java.time.LocalDate.of(2026, 3, 31)));
        var manager = api.tokenFor("manager@vendor.test", DEMO_PASSWORD);

        var answer = api.get("/api/analytics/engagement?from=2026-03-01&to=2026-03-31", manager);
        assertThat(answer.status()).isEqualTo(200);
        var body = api.read(answer.body());
        assertThat(body.get("from").asString()).isEqualTo("2026-03-01");
        var found = false;
        for (var organization : body.get("organizations")) {
            if (organization.get("organizationId").asLong() == northwind.value()) {
                assertThat(organization.get("activeInRange").asLong()).isEqualTo(2);
                assertThat(organization.get("weeklyActive").asLong()).as("25-31 March").isZero();
                assertThat(organization.get("monthlyActive").asLong()).isEqualTo(2);
                assertThat(organization.get("people").asLong()).isEqualTo(accounts.countEnabledMembers(northwind));
                found = true;
            } else {
                assertThat(organization.get("activeInRange").asLong()).as(organization.get("name").asString())
                        .isZero();
            }
        }
        assertThat(found).isTrue();

        for (var partner : new String[] {"alice@northwind.test", "carol@contoso.test", "editor@vendor.test"}) {
            var refused = api.get("/api/analytics/engagement", api.tokenFor(partner, DEMO_PASSWORD));
            assertThat(refused.status()).as(partner).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("activeInRange");
        }
        assertThat(api.get("/api/analytics/engagement", null).status()).isEqualTo(401);
    }

    @Test
    void aReversedOrTooLongRangeIsABadRequestWithItsCode() {
        var admin = api.tokenFor("admin@vendor.test", DEMO_PASSWORD);
        var reversed = api.get("/api/analytics/engagement?from=2026-03-02&to=2026-03-01", admin);
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(api.read(reversed.body()).get("code").asString()).isEqualTo("analytics.range-reversed");
        var tooLong = api.get("/api/analytics/engagement?from=2020-01-01&to=2026-03-01", admin);
        assertThat(api.read(tooLong.body()).get("code").asString()).isEqualTo("analytics.range-too-long");
        assertThat(api.get("/api/analytics/engagement?from=yesterday", admin).status()).isEqualTo(400);
        assertThat(api.get("/api/analytics/engagement", admin).status()).isEqualTo(200);
    }
}
