package dev.partnerportal.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * Failed sign-ins counted for one throttle key (a client address, or one login from one address) within a
 * window. Reaching the limit locks the key; once it has been locked, every further failure locks it again for
 * twice as long as the time before, up to a maximum, until the key is forgotten.
 */
@Entity
@Table(name = "login_throttle")
class LoginThrottleEntry implements Persistable<String> {

    @Id
    @Column(name = "throttle_key", length = 64)
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_started_at", nullable = false)
    private Instant windowStartedAt;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(nullable = false)
    private int locks;

    /**
     * A new counter is inserted, never merged: merging would overwrite a row that a parallel failure inserted a
     * moment earlier and lose its count. A parallel insert fails on the key instead, and the caller counts again.
     */
    @Transient
    private boolean fresh;

    protected LoginThrottleEntry() {
    }

    LoginThrottleEntry(String key, Instant now) {
        this.key = key;
        this.failures = 0;
        this.windowStartedAt = now;
        this.fresh = true;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }

    @Override
    public String getId() {
        return key;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    /** The limits one kind of key lives under. */
    record Limits(int maxFailures, Duration window, Duration firstLock, Duration maxLock) {

        Duration lockAfter(int earlierLocks) {
            var lock = firstLock;
            for (int i = 0; i < earlierLocks && lock.compareTo(maxLock) < 0; i++) {
                lock = lock.multipliedBy(2);
            }
            return lock.compareTo(maxLock) > 0 ? maxLock : lock;
        }
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    @Nullable Instant lockedUntil() {
        return lockedUntil;
    }

    /** How many more failures this key may have before it is locked (at least one while it is not locked). */
    int remainingFailures(Instant now, Limits limits) {
        if (locks == 0 && windowExpired(now, limits)) {
            return limits.maxFailures();
        }
        return Math.max(1, limits.maxFailures() - failures);
    }

    /** Counts one failure; returns the lock duration when this failure locks the key. */
    @Nullable Duration recordFailure(Instant now, Limits limits) {
        if (isLocked(now)) {
            return null;
        }
        if (locks == 0 && windowExpired(now, limits)) {
            failures = 0;
            windowStartedAt = now;
        }
        failures++;
        if (failures < limits.maxFailures()) {
            return null;
        }
        var lock = limits.lockAfter(locks);
        lockedUntil = now.plus(lock);
        locks++;
        return lock;
    }

    private boolean windowExpired(Instant now, Limits limits) {
        return !now.isBefore(windowStartedAt.plus(limits.window()));
    }

    int failures() {
        return failures;
    }

    String key() {
        return key;
    }
}
