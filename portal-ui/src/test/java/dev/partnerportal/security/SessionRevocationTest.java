package dev.partnerportal.security;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.identity.Team;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.shared.Role;
import dev.partnerportal.support.ApiClient;
import dev.partnerportal.support.BrowserSession;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A role change or deactivation reaches every live browser session and API token at its next request: the
 * session ends (the next page goes to the login) and the token is refused.
 */
@PortalWebTest
class SessionRevocationTest {

    @LocalServerPort
    int port;
    @Autowired
    Team team;
    @Autowired
    UserAccounts users;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
    }

    @AfterEach
    void restoreBob() {
        jdbc.update("update portal_user set role = 'PARTNER_USER', enabled = true where email = 'bob@northwind.test'");
        SignIn.out();
    }

    @Test
    void aDemotedPartnerAdministratorsOpenSessionAndTokenStopAtTheirNextRequest() {
        var bob = users.findByEmail("bob@northwind.test").orElseThrow().id();
        SignIn.as(provider, "alice@northwind.test");
        assertThat(team.changeRole(bob, Role.PARTNER_ADMIN)).isTrue();
        SignIn.out();
        var tab = new BrowserSession(port);
        assertThat(BrowserSession.signedIn(tab.signIn("bob@northwind.test", DEMO_PASSWORD))).isTrue();
        var token = api.tokenFor("bob@northwind.test", DEMO_PASSWORD);
        assertThat(tab.get("/team").status()).isEqualTo(200);
        assertThat(api.read(api.get("/api/me", token).body()).get("roles").get(0).asString()).isEqualTo("PARTNER_ADMIN");

        SignIn.as(provider, "alice@northwind.test");
        assertThat(team.changeRole(bob, Role.PARTNER_USER)).isTrue();
        SignIn.out();

        var next = tab.get("/team");
        assertThat(next.status()).isEqualTo(302);
        assertThat(next.location()).endsWith("/login");
        assertThat(tab.get("/").location()).as("the old session is gone, not just this page").endsWith("/login");
        assertThat(api.get("/api/me", token).status()).isEqualTo(401);
        var fresh = api.tokenFor("bob@northwind.test", DEMO_PASSWORD);
        assertThat(api.read(api.get("/api/me", fresh).body()).get("roles").get(0).asString()).isEqualTo("PARTNER_USER");
    }

    @Test
    void aDeactivatedMembersOpenSessionEndsAtItsNextRequest() {
        var bob = users.findByEmail("bob@northwind.test").orElseThrow().id();
        var tab = new BrowserSession(port);
        assertThat(BrowserSession.signedIn(tab.signIn("bob@northwind.test", DEMO_PASSWORD))).isTrue();
        assertThat(tab.get("/").status()).isEqualTo(200);

        SignIn.as(provider, "alice@northwind.test");
        assertThat(team.deactivate(bob)).isTrue();
        SignIn.out();

        assertThat(tab.get("/").location()).endsWith("/login");
    }
}
