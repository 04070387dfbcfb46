package dev.partnerportal.identity;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.mail.MailFixtures;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

@SpringBootTest
class PasswordResetsTest {

    private static final Pattern LINK = Pattern.compile("/reset-password/([A-Za-z0-9_-]+)");

    @Autowired
    PasswordResets resets;
    @Autowired
    MailFixtures mail;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    ApiTokens tokens;
    @Autowired
    AccountStatus status;

    private String originalHash;

    @BeforeEach
    void remember() {
        // Each test starts two hours after the last one, so earlier requests never count against it.
        clock.set(TestClockConfiguration.START.plus(Duration.ofDays(30)).isAfter(clock.instant())
                ? TestClockConfiguration.START.plus(Duration.ofDays(30)) : clock.instant().plus(Duration.ofHours(2)));
        originalHash = jdbc.queryForObject("select password_hash from portal_user where email = 'bob@northwind.test'", String.class);
    }

    @AfterEach
    void restore() {
        SignIn.out();
        jdbc.update("update portal_user set password_hash = ? where email = 'bob@northwind.test'", originalHash);
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
    }

    @Test
    void aResetLinkSetsANewPasswordOnceAndTheOldOneStopsWorking() {
        resets.request("  BOB@northwind.test ");
        var token = tokenIn(mail.to("bob@northwind.test").getLast().body());

        resets.reset(token, "a brand new passphrase");

        assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                "bob@northwind.test", "a brand new passphrase")).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                "bob@northwind.test", SignIn.DEMO_PASSWORD))).isInstanceOf(org.springframework.security.authentication.BadCredentialsException.class);
        assertThatThrownBy(() -> resets.reset(token, "yet another passphrase")).isInstanceOf(AccountLinkException.class);
    }

    @Test
    void aResetEndsEverySessionApiTokenAndOtherResetLinkOfThePerson() {
        var session = (PortalPrincipal) SignIn.as(provider, "bob@northwind.test").getPrincipal();
        var token = tokens.issueForCaller();
        SignIn.out();
        resets.request("bob@northwind.test");
        var older = tokenIn(mail.to("bob@northwind.test").getLast().body());
        clock.advance(Duration.ofMinutes(6));
        resets.request("bob@northwind.test");
        var newer = tokenIn(mail.to("bob@northwind.test").getLast().body());
        assertThat(status.isCurrent(session)).isTrue();
        assertThat(tokens.authenticate(token.token())).isPresent();

        resets.reset(newer, "a brand new passphrase");

        assertThat(status.isCurrent(session)).as("the session signed in before the reset").isFalse();
        assertThat(tokens.authenticate(token.token())).isEmpty();
        assertThat(jdbc.queryForObject("""
                select count(*) from api_token t join portal_user u on u.id = t.user_id
                where u.email = 'bob@northwind.test'""", Integer.class)).isZero();
        assertThat(resets.isUsable(older)).isFalse();
        assertThatThrownBy(() -> resets.reset(older, "the attacker's passphrase")).isInstanceOf(AccountLinkException.class);
        assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                "bob@northwind.test", "a brand new passphrase")).isAuthenticated()).isTrue();
    }

    @Test
    void unknownAddressesGetNoMailAndNoDifferentAnswer() {
        long before = mail.count();

        resets.request("nobody@nowhere.test");

        assertThat(mail.count()).isEqualTo(before);
    }

    @Test
    void repeatedRequestsWithinFiveMinutesSendOneMailAndLinksExpireAfterAnHour() {
        clock.advance(Duration.ofDays(1));
        long before = mail.to("carol@contoso.test").size();
        resets.request("carol@contoso.test");
        resets.request("carol@contoso.test");
        var sent = mail.to("carol@contoso.test");
        assertThat(sent).hasSize((int) before + 1);

        var token = tokenIn(sent.getLast().body());
        clock.advance(Duration.ofMinutes(61));
        assertThat(resets.isUsable(token)).isFalse();
        assertThatThrownBy(() -> resets.reset(token, "a brand new passphrase")).isInstanceOf(AccountLinkException.class);
    }

    @Test
    void refusesAShortPassword() {
        resets.request("bob@northwind.test");
        var token = tokenIn(mail.to("bob@northwind.test").getLast().body());

        assertThatThrownBy(() -> resets.reset(token, "short")).is(refusal("identity.password-length"));
        assertThat(resets.isUsable(token)).isTrue();
    }

    private static String tokenIn(String body) {
        var matcher = LINK.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1);
    }
}
