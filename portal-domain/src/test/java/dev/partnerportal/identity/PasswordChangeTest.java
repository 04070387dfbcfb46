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
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** Changing one's own password in account settings ends everything the old password opened. */
@SpringBootTest
class PasswordChangeTest {

    private static final Pattern LINK = Pattern.compile("/reset-password/([A-Za-z0-9_-]+)");

    @Autowired
    AccountService accounts;
    @Autowired
    PasswordResets resets;
    @Autowired
    ApiTokens tokens;
    @Autowired
    AccountStatus status;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    MailFixtures mail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    private String originalHash;
    private long originalVersion;

    @BeforeEach
    void remember() {
        clock.set(TestClockConfiguration.START.plus(Duration.ofDays(60)));
        originalHash = jdbc.queryForObject("select password_hash from portal_user where email = 'admin@vendor.test'", String.class);
        originalVersion = jdbc.queryForObject("select security_version from portal_user where email = 'admin@vendor.test'", Long.class);
    }

    @AfterEach
    void restore() {
        SignIn.out();
        jdbc.update("update portal_user set password_hash = ? where email = 'admin@vendor.test'", originalHash);
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
    }

    @Test
    void aChangeEndsOtherSessionsTokensAndResetLinksButKeepsTheChangingSession() {
        var otherSession = (PortalPrincipal) SignIn.as(provider, "admin@vendor.test").getPrincipal();
        var token = tokens.issueForCaller();
        SignIn.out();
        resets.request("admin@vendor.test");
        var link = LINK.matcher(mail.to("admin@vendor.test").getLast().body());
        assertThat(link.find()).isTrue();
        SignIn.as(provider, "admin@vendor.test");

        var renewed = accounts.changePassword(SignIn.DEMO_PASSWORD, "the admin's new passphrase");

        assertThat(status.isCurrent(otherSession)).isFalse();
        assertThat(status.isCurrent(renewed)).as("the session that made the change continues with this").isTrue();
        assertThat(renewed.getPassword()).isNull();
        assertThat(tokens.authenticate(token.token())).isEmpty();
        assertThat(resets.isUsable(link.group(1))).isFalse();
        assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                "admin@vendor.test", "the admin's new passphrase")).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                "admin@vendor.test", SignIn.DEMO_PASSWORD))).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        var session = (PortalPrincipal) SignIn.as(provider, "admin@vendor.test").getPrincipal();
        var token = tokens.issueForCaller();

        assertThatThrownBy(() -> accounts.changePassword("not my password", "the admin's new passphrase"))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(jdbc.queryForObject("select password_hash from portal_user where email = 'admin@vendor.test'", String.class))
                .isEqualTo(originalHash);
        assertThat(jdbc.queryForObject("select security_version from portal_user where email = 'admin@vendor.test'", Long.class))
                .isEqualTo(originalVersion);
        assertThat(status.isCurrent(session)).isTrue();
        assertThat(tokens.authenticate(token.token())).isPresent();
    }

    @Test
    void refusesAShortNewPasswordBeforeCheckingAnything() {
        SignIn.as(provider, "admin@vendor.test");

        assertThatThrownBy(() -> accounts.changePassword(SignIn.DEMO_PASSWORD, "short"))
                .is(refusal("identity.password-length"));
        assertThat(jdbc.queryForObject("select password_hash from portal_user where email = 'admin@vendor.test'", String.class))
                .isEqualTo(originalHash);
    }
}
