package dev.partnerportal.identity;

import dev.partnerportal.shared.Sha256;
import dev.partnerportal.shared.EmailAddresses;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Limits failed logins per account: after {@code max-failures} failures within {@code window} the account
 * key is locked for {@code lock-duration}. Nothing sleeps; a locked login is simply refused like a wrong
 * password. Unknown login names are counted exactly like known ones, so the limiter reveals nothing about
 * which accounts exist. Counters live in the database, so every node of a cluster enforces the same limit.
 */
@Component
class LoginThrottle {

    private final LoginThrottleEntries entries;
    private final LoginAudit audit;
    private final Clock clock;
    private final TransactionTemplate newTransaction;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockDuration;

    LoginThrottle(LoginThrottleEntries entries, LoginAudit audit, Clock clock, PlatformTransactionManager transactions,
                  @Value("${portal.security.login.max-failures:5}") int maxFailures,
                  @Value("${portal.security.login.window:15m}") Duration window,
                  @Value("${portal.security.login.lock-duration:15m}") Duration lockDuration) {
        this.entries = entries;
        this.audit = audit;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockDuration = lockDuration;
    }

    boolean isLocked(String typedLogin) {
        var key = accountKey(typedLogin);
        var now = clock.instant();
        return entries.findById(key).map(entry -> entry.isLocked(now)).orElse(false);
    }

    void recordFailure(String typedLogin) {
        var key = accountKey(typedLogin);
        boolean locked;
        try {
            locked = countFailure(key);
        } catch (DataIntegrityViolationException concurrentFirstFailure) {
            // Another request inserted the counter for this key at the same moment: count on that row.
            locked = countFailure(key);
        }
        if (locked) {
            audit.locked(typedLogin, "locked for " + lockDuration);
        }
    }

    private boolean countFailure(String key) {
        Boolean locked = newTransaction.execute(status -> {
            var now = clock.instant();
            var entry = entries.findForUpdate(key).orElseGet(() -> entries.saveAndFlush(new LoginThrottleEntry(key, now)));
            return entry.recordFailure(now, window, maxFailures, lockDuration);
        });
        return Boolean.TRUE.equals(locked);
    }

    void recordSuccess(String typedLogin) {
        var key = accountKey(typedLogin);
        newTransaction.executeWithoutResult(status -> entries.deleteById(key));
    }

    @Scheduled(fixedDelayString = "${portal.security.login.cleanup-interval:1h}")
    void forgetStaleCounters() {
        var cutoff = clock.instant().minus(window.plus(lockDuration));
        newTransaction.executeWithoutResult(status -> entries.deleteStale(cutoff));
    }

    /** A SHA-256 of the normalized login, so that whatever was typed into the login field is never stored. */
    static String accountKey(String typedLogin) {
        return Sha256.hex(EmailAddresses.loginKey(typedLogin));
    }
}
