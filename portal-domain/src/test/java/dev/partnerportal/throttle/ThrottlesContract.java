package dev.partnerportal.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The one throttle table, checked identically on H2 and PostgreSQL by the two subclasses. */
abstract class ThrottlesContract {

    private static final FailureLimits LIMITS =
            new FailureLimits(3, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(3));

    @Autowired
    Throttles throttles;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @BeforeEach
    @AfterEach
    void emptyCountersAndResetClock() {
        jdbc.update("delete from throttle_entry where throttle_key like 'contract-%'");
        clock.set(TestClockConfiguration.START);
    }

    @Test
    void allowsTheAllowancePerWindowAndRefusesTheNextWithoutCountingIt() {
        assertThat(countTimes(ThrottleKind.PARTNER_APPLICATION, "contract-a", 4)).containsExactly(true, true, false, false);
        assertThat(attempts(ThrottleKind.PARTNER_APPLICATION, "contract-a")).isEqualTo(2);

        clock.advance(Duration.ofMinutes(10));
        assertThat(countTimes(ThrottleKind.PARTNER_APPLICATION, "contract-a", 1)).containsExactly(true);
        assertThat(attempts(ThrottleKind.PARTNER_APPLICATION, "contract-a")).isEqualTo(1);
    }

    @Test
    void keepsTheKindsApart() {
        countTimes(ThrottleKind.PARTNER_APPLICATION, "contract-b", 2);

        assertThat(countTimes(ThrottleKind.CERTIFICATE_VERIFICATION, "contract-b", 1)).containsExactly(true);
        assertThat(jdbc.queryForObject("select count(*) from throttle_entry where throttle_key = 'contract-b'", Long.class))
                .isEqualTo(2);
    }

    @Test
    void countsFixedWindowsOnlyInsideTheCallersTransaction() {
        assertThatThrownBy(() -> throttles.tryCount(ThrottleKind.PARTNER_APPLICATION, "contract-c", Duration.ofMinutes(10), 2))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(attempts(ThrottleKind.PARTNER_APPLICATION, "contract-c")).isNull();
    }

    @Test
    void locksAtTheLimitAndDoublesEachLaterLockUpToTheMaximum() {
        assertThat(throttles.recordFailure(ThrottleKind.SIGN_IN, "contract-d", LIMITS)).isNull();
        assertThat(throttles.standings(ThrottleKind.SIGN_IN, Map.of("contract-d", LIMITS)).get("contract-d"))
                .isEqualTo(new KeyStanding(true, null, 2));
        assertThat(throttles.recordFailure(ThrottleKind.SIGN_IN, "contract-d", LIMITS)).isNull();
        assertThat(throttles.recordFailure(ThrottleKind.SIGN_IN, "contract-d", LIMITS)).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttles.standings(ThrottleKind.SIGN_IN, Map.of("contract-d", LIMITS)).get("contract-d"))
                .isEqualTo(new KeyStanding(true, TestClockConfiguration.START.plus(Duration.ofMinutes(1)), 1));

        clock.advance(Duration.ofMinutes(1));
        assertThat(throttles.recordFailure(ThrottleKind.SIGN_IN, "contract-d", LIMITS)).isEqualTo(Duration.ofMinutes(2));
        clock.advance(Duration.ofMinutes(2));
        assertThat(throttles.recordFailure(ThrottleKind.SIGN_IN, "contract-d", LIMITS)).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void aKeyWithoutCounterHasItsWholeBudgetAndForgettingClearsTheCounter() {
        throttles.recordFailure(ThrottleKind.SIGN_IN, "contract-e", LIMITS);

        throttles.forget(ThrottleKind.SIGN_IN, "contract-e");

        assertThat(throttles.standings(ThrottleKind.SIGN_IN, Map.of("contract-e", LIMITS)).get("contract-e"))
                .isEqualTo(new KeyStanding(false, null, 3));
        assertThat(attempts(ThrottleKind.SIGN_IN, "contract-e")).isNull();
    }

    @Test
    void forgetsOnlyStaleCountersOfTheGivenKind() {
        throttles.recordFailure(ThrottleKind.SIGN_IN, "contract-f", LIMITS);
        transactions.executeWithoutResult(tx ->
                throttles.tryCount(ThrottleKind.CERTIFICATE_VERIFICATION, "contract-f", Duration.ofMinutes(10), 5));
        clock.advance(Duration.ofMinutes(20));
        throttles.recordFailure(ThrottleKind.SIGN_IN, "contract-g", LIMITS);
        var now = clock.instant();

        throttles.forgetStale(ThrottleKind.SIGN_IN, now.minus(LIMITS.window()), now.minus(Duration.ofHours(24)));

        assertThat(attempts(ThrottleKind.SIGN_IN, "contract-f")).isNull();
        assertThat(attempts(ThrottleKind.SIGN_IN, "contract-g")).isEqualTo(1);
        assertThat(attempts(ThrottleKind.CERTIFICATE_VERIFICATION, "contract-f")).isEqualTo(1);
    }

    private List<Boolean> countTimes(ThrottleKind kind, String key, int times) {
        var answers = new ArrayList<Boolean>();
        for (int i = 0; i < times; i++) {
            answers.add(transactions.execute(tx -> throttles.tryCount(kind, key, Duration.ofMinutes(10), 2)));
        }
        return answers;
    }

    private @Nullable Integer attempts(ThrottleKind kind, String key) {
        return jdbc.query("select attempts from throttle_entry where kind = ? and throttle_key = ?",
                rs -> rs.next() ? rs.getInt(1) : null, kind.name(), key);
    }
}
