package dev.partnerportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditFixtures;
import dev.partnerportal.mail.MailFixtures;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Redeeming one reset link many times at the same moment: exactly one redemption sets a password, every other
 * one is told the link is no longer valid, and the stored password is the winner's.
 */
abstract class ResetLinkRaceContract {

    private static final Pattern LINK = Pattern.compile("/reset-password/([A-Za-z0-9_-]+)");
    private static final int LINKS = 3;
    private static final int RACERS = 6;

    @Autowired
    PasswordResets resets;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    MailFixtures mail;
    @Autowired
    AuditFixtures audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    private String originalHash;

    enum Outcome { RESET, REFUSED }

    @BeforeEach
    void remember() {
        clock.set(TestClockConfiguration.START.plus(Duration.ofDays(90)));
        originalHash = jdbc.queryForObject("select password_hash from portal_user where email = 'editor@vendor.test'", String.class);
    }

    @AfterEach
    void restore() {
        jdbc.update("update portal_user set password_hash = ? where email = 'editor@vendor.test'", originalHash);
    }

    @Test
    void ofParallelRedemptionsOfOneLinkExactlyOneSetsThePassword() throws Exception {
        var pool = Executors.newFixedThreadPool(RACERS);
        try {
            for (int round = 0; round < LINKS; round++) {
                clock.advance(Duration.ofMinutes(10));
                resets.request("editor@vendor.test");
                var matcher = LINK.matcher(mail.to("editor@vendor.test").getLast().body());
                assertThat(matcher.find()).isTrue();
                var token = matcher.group(1);
                long resetsBefore = audit.recorded(AuditAction.PASSWORD_RESET).size();

                var start = new CountDownLatch(1);
                var tasks = new ArrayList<Callable<Outcome>>();
                for (int racer = 0; racer < RACERS; racer++) {
                    var password = "racer " + racer + " passphrase";
                    tasks.add(() -> {
                        start.await();
                        try {
                            resets.reset(token, password);
                            return Outcome.RESET;
                        } catch (AccountLinkException e) {
                            return Outcome.REFUSED;
                        }
                    });
                }
                var futures = tasks.stream().map(pool::submit).toList();
                start.countDown();
                var outcomes = new ArrayList<Outcome>();
                for (var future : futures) {
                    outcomes.add(future.get(1, TimeUnit.MINUTES));
                }

                assertThat(outcomes).as("round " + round).filteredOn(o -> o == Outcome.RESET).hasSize(1);
                assertThat(outcomes).filteredOn(o -> o == Outcome.REFUSED).hasSize(RACERS - 1);
                assertThat(audit.recorded(AuditAction.PASSWORD_RESET)).hasSize((int) resetsBefore + 1);
                var winner = futures.indexOf(futures.stream().filter(f -> f.resultNow() == Outcome.RESET).findFirst().orElseThrow());
                assertThat(provider.authenticate(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                        .unauthenticated("editor@vendor.test", "racer " + winner + " passphrase")).isAuthenticated()).isTrue();
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
    }
}
