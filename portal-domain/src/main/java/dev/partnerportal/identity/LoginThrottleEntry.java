package dev.partnerportal.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Failed logins counted for one account key within a window. */
@Entity
@Table(name = "login_throttle")
class LoginThrottleEntry {

    @Id
    @Column(name = "account_key", length = 64)
    private String accountKey;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_started_at", nullable = false)
    private Instant windowStartedAt;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    protected LoginThrottleEntry() {
    }

    LoginThrottleEntry(String accountKey, Instant now) {
        this.accountKey = accountKey;
        this.failures = 0;
        this.windowStartedAt = now;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts one failure; returns true when this failure locks the account. */
    boolean recordFailure(Instant now, Duration window, int maxFailures, Duration lockDuration) {
        if (isLocked(now)) {
            return false;
        }
        if (!now.isBefore(windowStartedAt.plus(window)) || lockedUntil != null) {
            failures = 0;
            windowStartedAt = now;
            lockedUntil = null;
        }
        failures++;
        if (failures >= maxFailures) {
            lockedUntil = now.plus(lockDuration);
            return true;
        }
        return false;
    }

    int failures() {
        return failures;
    }
}
