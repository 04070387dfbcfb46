package dev.partnerportal.api;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.ApiClient;
import dev.partnerportal.support.PortalWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The API applies industry audiences like tier and region audiences: the demo cheat sheet addressed to Retail
 * answers 404 to Contoso (no Retail in its profile) and 200 to Northwind (Retail), and lists follow.
 */
@PortalWebTest
class IndustryAudienceApiTest {

    static final String SLUG = "commerce-suite-retail";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    long id;

    @BeforeEach
    void retailOnly() {
        api = new ApiClient(port);
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        jdbc.update("update partner_organization set version = version + 1, industries = 'Retail' where name = 'Northwind Traders'");
        jdbc.update("update content_item set audience_industries = '|Retail|' where slug = ?", SLUG);
        id = jdbc.queryForObject("select id from content_item where slug = ?", Long.class, SLUG);
    }

    @AfterEach
    void everyIndustry() {
        jdbc.update("update content_item set audience_industries = '' where slug = ?", SLUG);
        jdbc.update("update partner_organization set version = version + 1, industries = null where name = 'Northwind Traders'");
    }

    @Test
    void anItemForAnIndustryIsNotFoundWithoutItAndFoundWithIt() {
        var carol = api.tokenFor("carol@contoso.test", DEMO_PASSWORD);
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);

        assertThat(api.get("/api/content/" + id, carol).status()).isEqualTo(404);
        // Exactly this slug: its Hungarian translation ("commerce-suite-retail-hu") has an audience of its own.
        assertThat(api.get("/api/content?type=CHEAT_SHEET", carol).body()).doesNotContain("\"slug\":\"" + SLUG + "\"");
        assertThat(api.get("/api/content/" + id, alice).status()).isEqualTo(200);
        assertThat(api.get("/api/content?type=CHEAT_SHEET", alice).body()).contains("\"slug\":\"" + SLUG + "\"");
    }
}
