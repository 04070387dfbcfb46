package dev.partnerportal.identity;

import dev.partnerportal.shared.Sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

@SpringBootTest
class ApiTokensTest {

    @Autowired
    ApiTokens tokens;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void start() {
        clock.set(TestClockConfiguration.START);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aTokenStandsForItsAccountUntilItExpires() {
        SignIn.as(provider, "bob@northwind.test");
        var issued = tokens.issueForCaller();
        SignIn.out();

        assertThat(issued.expiresAt()).isEqualTo(TestClockConfiguration.START.plus(Duration.ofHours(1)));
        assertThat(tokens.authenticate(issued.token())).map(PortalPrincipal::getUsername).hasValue("bob@northwind.test");

        clock.advance(Duration.ofMinutes(61));
        assertThat(tokens.authenticate(issued.token())).isEmpty();
    }

    @Test
    void onlyAHashOfTheTokenIsStored() {
        SignIn.as(provider, "alice@northwind.test");
        var issued = tokens.issueForCaller();

        assertThat(jdbc.queryForList("select token_hash from api_token", String.class))
                .doesNotContain(issued.token())
                .contains(Sha256.hex(issued.token()));
    }

    @Test
    void unknownAndMalformedTokensAreRefused() {
        assertThat(tokens.authenticate("ppt_" + "A".repeat(43))).isEmpty();
        assertThat(tokens.authenticate("not a token")).isEmpty();
        assertThat(tokens.authenticate("ppt_" + "x".repeat(5000))).isEmpty();
    }

    @Test
    void aDeactivatedAccountsTokensStopWorkingAtOnce() {
        SignIn.as(provider, "bob@northwind.test");
        var issued = tokens.issueForCaller();
        SignIn.out();
        try {
            jdbc.update("update portal_user set enabled = false where email = 'bob@northwind.test'");
            assertThat(tokens.authenticate(issued.token())).isEmpty();
        } finally {
            jdbc.update("update portal_user set enabled = true where email = 'bob@northwind.test'");
        }
    }

    @Test
    void nobodyGetsATokenWithoutSigningIn() {
        assertThatThrownBy(() -> tokens.issueForCaller()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aTokenIsIssuedForTheGivenAuthenticationWhoeverIsSignedInOnTheThread() {
        var alice = provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                "alice@northwind.test", SignIn.DEMO_PASSWORD));
        SignIn.as(provider, "bob@northwind.test");

        var issued = tokens.issueFor(alice);

        assertThat(tokens.authenticate(issued.token())).map(PortalPrincipal::getUsername).hasValue("alice@northwind.test");
    }

    @Test
    void onlyAnAuthenticatedPortalPrincipalGetsATokenFromIssueFor() {
        SignIn.as(provider, "bob@northwind.test");
        long before = jdbc.queryForObject("select count(*) from api_token", Long.class);

        assertThatThrownBy(() -> tokens.issueFor(UsernamePasswordAuthenticationToken.unauthenticated(
                "alice@northwind.test", SignIn.DEMO_PASSWORD))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tokens.issueFor(UsernamePasswordAuthenticationToken.authenticated(
                "alice@northwind.test", null, List.of()))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from api_token", Long.class)).isEqualTo(before);
    }

    @Test
    void issueForRefusesAnAuthenticationMadeBeforeTheAccountChanged() {
        var bob = provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                "bob@northwind.test", SignIn.DEMO_PASSWORD));
        jdbc.update("update portal_user set security_version = security_version + 1 where email = 'bob@northwind.test'");
        try {
            assertThatThrownBy(() -> tokens.issueFor(bob)).isInstanceOf(AccessDeniedException.class)
                    .hasMessage("account changed since sign-in");
        } finally {
            jdbc.update("update portal_user set security_version = security_version - 1 where email = 'bob@northwind.test'");
        }
    }
}
