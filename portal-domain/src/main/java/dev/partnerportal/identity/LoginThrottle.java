package dev.partnerportal.identity;

import dev.partnerportal.shared.EmailAddresses;
import dev.partnerportal.shared.Sha256;
import dev.partnerportal.throttle.FailureLimits;
import dev.partnerportal.throttle.ThrottleKind;
import dev.partnerportal.throttle.Throttles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits failed sign-ins per client address and per login from one address. Only failures count, so any
 * number of correct sign-ins from one address (a company behind one NAT) is never refused.
 *
 * <ul>
 *   <li>One login from one address may fail {@code max-failures} times within {@code window}; then that pair
 *       is locked for {@code lock-duration}, and every further failure locks it again for twice as long, up to
 *       {@code max-lock-duration}. The same login from another address is not affected, so a stranger cannot
 *       keep the owner out.</li>
 *   <li>One address may fail {@code address-max-failures} times within the window, whatever logins it tries;
 *       then it is locked the same growing way.</li>
 * </ul>
 *
 * A locked key is refused before any password is checked. Unknown logins are counted exactly like known ones,
 * so the limiter reveals nothing about which accounts exist. Keys are SHA-256 hashes: neither what was typed
 * into the login field nor the address is stored. Counters live in the database, so every node of a cluster
 * enforces the same limits; each node keeps its own attempts in flight within them ({@link SignInCapacity}).
 */
@Component
class LoginThrottle {

    private final Throttles throttles;
    private final LoginAudit audit;
    private final Clock clock;
    private final FailureLimits accountLimits;
    private final FailureLimits addressLimits;
    private final Duration forgetAfter;

    LoginThrottle(Throttles throttles, LoginAudit audit, Clock clock,
                  @Value("${portal.security.login.max-failures:5}") int maxFailures,
                  @Value("${portal.security.login.address-max-failures:100}") int addressMaxFailures,
                  @Value("${portal.security.login.window:15m}") Duration window,
                  @Value("${portal.security.login.lock-duration:1m}") Duration lockDuration,
                  @Value("${portal.security.login.max-lock-duration:1h}") Duration maxLockDuration,
                  @Value("${portal.security.login.forget-after:24h}") Duration forgetAfter) {
        this.throttles = throttles;
        this.audit = audit;
        this.clock = clock;
        this.accountLimits = new FailureLimits(maxFailures, window, lockDuration, maxLockDuration);
        this.addressLimits = new FailureLimits(addressMaxFailures, window, lockDuration, maxLockDuration);
        this.forgetAfter = forgetAfter;
    }

    /** The throttle keys of one attempt: the login from this address, and the address itself when known. */
    record Keys(String typedLogin, String account, @Nullable String address, @Nullable String clientAddress) {
    }

    /**
     * What the counters say before a password is checked.
     *
     * @param lockedUntil when a lock on one of the keys ends, or null when none is locked
     * @param budgets     per key, how many attempts may be in flight: what the key may still fail
     * @param accountKeyCounted whether the login-from-address key has failures to clear on success
     */
    record Status(@Nullable Instant lockedUntil, Map<String, Integer> budgets, boolean accountKeyCounted) {
    }

    Keys keysFor(String typedLogin, @Nullable String clientAddress) {
        var login = EmailAddresses.loginKey(typedLogin);
        var address = clientAddress == null || clientAddress.isBlank() ? null : clientAddress.strip();
        return new Keys(typedLogin,
                Sha256.hex("login\n" + login + "\n" + (address == null ? "" : address)),
                address == null ? null : Sha256.hex("address\n" + address), address);
    }

    /** One short read of both counters. */
    Status status(Keys keys) {
        var limitsByKey = new LinkedHashMap<String, FailureLimits>();
        limitsByKey.put(keys.account(), accountLimits);
        if (keys.address() != null) {
            limitsByKey.put(keys.address(), addressLimits);
        }
        var standings = throttles.standings(ThrottleKind.SIGN_IN, limitsByKey);
        Instant lockedUntil = null;
        var budgets = new LinkedHashMap<String, Integer>();
        for (var standing : standings.entrySet()) {
            var until = standing.getValue().lockedUntil();
            if (until != null) {
                lockedUntil = lockedUntil == null || until.isAfter(lockedUntil) ? until : lockedUntil;
            }
            budgets.put(standing.getKey(), standing.getValue().remainingFailures());
        }
        return new Status(lockedUntil, budgets, standings.get(keys.account()).counted());
    }

    Duration remaining(Instant lockedUntil) {
        return Duration.between(clock.instant(), lockedUntil);
    }

    void recordFailure(Keys keys) {
        var accountLock = count(keys.account(), accountLimits);
        if (accountLock != null) {
            audit.locked(keys.typedLogin(), "locked for " + accountLock + " from one address");
        }
        if (keys.address() != null) {
            var addressLock = count(keys.address(), addressLimits);
            if (addressLock != null) {
                audit.addressLocked("address locked for " + addressLock, keys.clientAddress());
            }
        }
    }

    private @Nullable Duration count(String key, FailureLimits limits) {
        try {
            return throttles.recordFailure(ThrottleKind.SIGN_IN, key, limits);
        } catch (DataIntegrityViolationException concurrentFirstFailure) {
            // Another request inserted the counter for this key at the same moment: count on that row.
            return throttles.recordFailure(ThrottleKind.SIGN_IN, key, limits);
        }
    }

    /**
     * A correct sign-in clears the failures of this login from this address, not those of the address: one good
     * account must not reset what the address tried against others.
     */
    void recordSuccess(Keys keys, Status status) {
        if (status.accountKeyCounted()) {
            throttles.forget(ThrottleKind.SIGN_IN, keys.account());
        }
    }

    @Scheduled(fixedDelayString = "${portal.security.login.cleanup-interval:1h}")
    @SchedulerLock(name = "identity.forget-stale-sign-in-counters")
    void forgetStaleCounters() {
        var now = clock.instant();
        throttles.forgetStale(ThrottleKind.SIGN_IN, now.minus(accountLimits.window()), now.minus(forgetAfter));
    }
}
