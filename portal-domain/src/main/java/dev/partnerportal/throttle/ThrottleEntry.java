package dev.partnerportal.throttle;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * Attempts counted for one key of one kind within a window. A fixed-window key refuses attempts beyond its
 * allowance until the window ends; a locking key is locked on reaching its limit, and every further failure
 * locks it again for twice as long as the time before, up to a maximum, until the key is forgotten.
 */
@Entity
@Table(name = "throttle_entry")
class ThrottleEntry implements Persistable<ThrottleEntry.Id> {

    @Embeddable
    record Id(@Enumerated(EnumType.STRING) @Column(length = 40) ThrottleKind kind,
              @Column(name = "throttle_key", length = 64) String key) implements Serializable {
    }

    @EmbeddedId
    private Id id;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "window_started_at", nullable = false)
    private Instant windowStartedAt;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(nullable = false)
    private int locks;

    /**
     * A new counter is inserted, never merged: merging would overwrite a row that a parallel attempt inserted a
     * moment earlier and lose its count. A parallel insert fails on the key instead, and the caller counts again.
     */
    @Transient
    private boolean fresh;

    protected ThrottleEntry() {
    }

    ThrottleEntry(Id id, Instant now) {
        this.id = id;
        this.windowStartedAt = now;
        this.fresh = true;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }

    @Override
    public Id getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    /** Counts an attempt; false, counting nothing, when the key already used up the window's allowance. */
    boolean tryCount(Instant now, Duration window, int allowance) {
        if (!now.isBefore(windowStartedAt.plus(window))) {
            windowStartedAt = now;
            attempts = 0;
        }
        if (attempts >= allowance) {
            return false;
        }
        attempts++;
        return true;
    }

    KeyStanding standing(Instant now, FailureLimits limits) {
        return new KeyStanding(true, isLocked(now) ? lockedUntil : null, remainingFailures(now, limits));
    }

    private boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    private int remainingFailures(Instant now, FailureLimits limits) {
        if (locks == 0 && windowExpired(now, limits)) {
            return limits.maxFailures();
        }
        return Math.max(1, limits.maxFailures() - attempts);
    }

    /** Counts one failure; returns the lock duration when this failure locks the key. */
    @Nullable Duration recordFailure(Instant now, FailureLimits limits) {
        if (isLocked(now)) {
            return null;
        }
        if (locks == 0 && windowExpired(now, limits)) {
            attempts = 0;
            windowStartedAt = now;
        }
        attempts++;
        if (attempts < limits.maxFailures()) {
            return null;
        }
        var lock = limits.lockAfter(locks);
        lockedUntil = now.plus(lock);
        locks++;
        return lock;
    }

    private boolean windowExpired(Instant now, FailureLimits limits) {
        return !now.isBefore(windowStartedAt.plus(limits.window()));
    }
}
