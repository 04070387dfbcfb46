package dev.partnerportal.identity;

import static dev.partnerportal.testsupport.SignIn.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditFixtures;
import dev.partnerportal.shared.Role;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Login rules, on H2 and PostgreSQL: hashing, identical failures and limiting per login and address. */
abstract class AuthenticationContract {

    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    AuditFixtures audit;
    @Autowired
    SignInCapacity capacity;

    @BeforeEach
    void resetLimiterAndClock() {
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        clock.set(TestClockConfiguration.START);
    }

    @Test
    void signsInWithEmailInAnyCaseAndSurroundingSpaces() {
        var authentication = login("  Alice@NORTHWIND.test ", DEMO_PASSWORD);

        var principal = (PortalPrincipal) authentication.getPrincipal();
        assertThat(principal.getUsername()).isEqualTo("alice@northwind.test");
        assertThat(principal.caller().role()).isEqualTo(Role.PARTNER_ADMIN);
        assertThat(principal.caller().organization()).isPresent();
        assertThat(authentication.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_PARTNER_ADMIN");
    }

    @Test
    void unknownUserWrongPasswordAndDisabledAccountFailIdentically() {
        jdbc.update("update portal_user set enabled = false where email = 'bob@northwind.test'");
        try {
            var unknown = failure("nobody@northwind.test", DEMO_PASSWORD);
            var wrongPassword = failure("alice@northwind.test", "not-the-password");
            var disabled = failure("bob@northwind.test", DEMO_PASSWORD);

            assertThat(unknown.getMessage()).isEqualTo(wrongPassword.getMessage()).isEqualTo(disabled.getMessage());
            assertThat(unknown.getClass()).isEqualTo(wrongPassword.getClass()).isEqualTo(disabled.getClass());
        } finally {
            jdbc.update("update portal_user set enabled = true where email = 'bob@northwind.test'");
        }
    }

    @Test
    void locksALoginFromOneAddressAfterFiveFailuresWithoutCheckingThePasswordUntilTheLockExpires() {
        for (int i = 0; i < 5; i++) {
            failure("carol@contoso.test", "wrong-" + i);
        }
        long checksBefore = capacity.passwordChecks();

        var lockedOut = throttled("carol@contoso.test", DEMO_PASSWORD, null);
        assertThat(lockedOut.retryAfter()).isEqualTo(Duration.ofMinutes(1));
        assertThat(capacity.passwordChecks()).as("refused before hashing").isEqualTo(checksBefore);
        assertThat(audit.recorded(AuditAction.ACCOUNT_LOCKED))
                .extracting(e -> e.actor()).contains("carol@contoso.test");

        clock.advance(Duration.ofSeconds(59));
        throttled("carol@contoso.test", DEMO_PASSWORD, null);

        clock.advance(Duration.ofSeconds(2));
        assertThat(login("carol@contoso.test", DEMO_PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void everyFailureAfterALockLocksTwiceAsLongAsTheOneBefore() {
        for (int i = 0; i < 5; i++) {
            failure("carol@contoso.test", "wrong-" + i);
        }
        clock.advance(Duration.ofMinutes(1));
        failure("carol@contoso.test", "wrong again");
        assertThat(throttled("carol@contoso.test", DEMO_PASSWORD, null).retryAfter()).isEqualTo(Duration.ofMinutes(2));

        clock.advance(Duration.ofMinutes(2));
        failure("carol@contoso.test", "and again");
        assertThat(throttled("carol@contoso.test", DEMO_PASSWORD, null).retryAfter()).isEqualTo(Duration.ofMinutes(4));

        clock.advance(Duration.ofMinutes(4));
        assertThat(login("carol@contoso.test", DEMO_PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void aStrangerLockingALoginFromTheirAddressDoesNotKeepTheOwnerOutFromAnother() {
        for (int i = 0; i < 5; i++) {
            failure("carol@contoso.test", "guess-" + i, STRANGER);
        }
        throttled("carol@contoso.test", DEMO_PASSWORD, STRANGER);

        assertThat(login("carol@contoso.test", DEMO_PASSWORD, OWNER).isAuthenticated()).isTrue();
        // Her success clears nothing the stranger's address earned.
        throttled("carol@contoso.test", "guess-6", STRANGER);
    }

    @Test
    void countsUnknownAccountsTheSameWaySoLockingRevealsNothing() {
        for (int i = 0; i < 5; i++) {
            failure("ghost@nowhere.test", "wrong");
        }
        assertThat(jdbc.queryForObject("select count(*) from throttle_entry where kind = 'SIGN_IN' and locked_until is not null", Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForList("select throttle_key from throttle_entry where kind = 'SIGN_IN'", String.class))
                .allSatisfy(key -> assertThat(key).hasSize(64).doesNotContain("ghost"));
        assertThat(audit.recorded(AuditAction.ACCOUNT_LOCKED))
                .extracting(e -> String.valueOf(e.actor()) + " " + e.detail())
                .noneMatch(text -> text.contains("ghost"))
                .anyMatch(text -> text.startsWith("null unknown login name"));
    }

    @Test
    void aSuccessfulLoginClearsTheFailureCount() {
        for (int i = 0; i < 4; i++) {
            failure("alice@northwind.test", "wrong");
        }
        login("alice@northwind.test", DEMO_PASSWORD);
        for (int i = 0; i < 4; i++) {
            failure("alice@northwind.test", "wrong");
        }
        assertThat(login("alice@northwind.test", DEMO_PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUp() {
        for (int i = 0; i < 4; i++) {
            failure("alice@northwind.test", "wrong");
        }
        clock.advance(Duration.ofMinutes(16));
        for (int i = 0; i < 4; i++) {
            failure("alice@northwind.test", "wrong");
        }
        assertThat(login("alice@northwind.test", DEMO_PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void refusesPlainTextAndWeakHashesStoredInTheDatabase() {
        var original = jdbc.queryForObject("select password_hash from portal_user where email = 'editor@vendor.test'", String.class);
        try {
            jdbc.update("update portal_user set password_hash = '{noop}plain-text-password' where email = 'editor@vendor.test'");
            failure("editor@vendor.test", "plain-text-password");
            failure("editor@vendor.test", "{noop}plain-text-password");

            jdbc.update("update portal_user set password_hash = ? where email = 'editor@vendor.test'",
                    new BCryptPasswordEncoder().encode("bcrypt-password-123"));
            failure("editor@vendor.test", "bcrypt-password-123");
        } finally {
            jdbc.update("update portal_user set password_hash = ? where email = 'editor@vendor.test'", original);
            jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        }
    }

    @Test
    void acceptsLongPassphrasesWithoutTruncatingThem() {
        var passphrase = "correct horse battery staple ".repeat(8).substring(0, 200);
        var sameFirst100Bytes = passphrase.substring(0, 199) + "X";
        var original = jdbc.queryForObject("select password_hash from portal_user where email = 'manager@vendor.test'", String.class);
        try {
            jdbc.update("update portal_user set password_hash = ? where email = 'manager@vendor.test'",
                    passwordEncoder.encode(passphrase));

            assertThat(login("manager@vendor.test", passphrase).isAuthenticated()).isTrue();
            failure("manager@vendor.test", sameFirst100Bytes);
            failure("manager@vendor.test", passphrase.substring(0, 72));
            failure("manager@vendor.test", "x".repeat(PasswordPolicy.MAX_LENGTH + 1));
        } finally {
            jdbc.update("update portal_user set password_hash = ? where email = 'manager@vendor.test'", original);
        }
    }

    @Test
    void storesOnlyArgon2idHashes() {
        assertThat(jdbc.queryForList("select password_hash from portal_user", String.class))
                .allSatisfy(hash -> assertThat(hash).startsWith("$argon2id$"));
    }

    private static final SignInOrigin STRANGER = () -> "203.0.113.66";
    private static final SignInOrigin OWNER = () -> "198.51.100.7";

    private Authentication login(String username, String password) {
        return login(username, password, null);
    }

    private Authentication login(String username, String password, SignInOrigin origin) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(origin);
        return provider.authenticate(attempt);
    }

    private BadCredentialsException failure(String username, String password) {
        return failure(username, password, null);
    }

    private BadCredentialsException failure(String username, String password, SignInOrigin origin) {
        var thrown = org.assertj.core.api.Assertions.catchThrowable(() -> login(username, password, origin));
        assertThat(thrown).isInstanceOf(BadCredentialsException.class);
        return (BadCredentialsException) thrown;
    }

    private SignInThrottledException throttled(String username, String password, SignInOrigin origin) {
        var thrown = org.assertj.core.api.Assertions.catchThrowable(() -> login(username, password, origin));
        assertThat(thrown).isInstanceOf(SignInThrottledException.class);
        return (SignInThrottledException) thrown;
    }
}
