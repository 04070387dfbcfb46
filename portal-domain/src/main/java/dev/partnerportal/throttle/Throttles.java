package dev.partnerportal.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts attempts per kind and (hashed) key in the database, so that every node of a cluster enforces the same
 * limits. Fixed-window kinds count inside the caller's transaction; locking kinds (sign-in, which holds no
 * transaction) count each failure in a short transaction of their own. Nothing here waits.
 */
@Component
public class Throttles {

    private final ThrottleEntries entries;
    private final Clock clock;

    Throttles(ThrottleEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * Counts one attempt of {@code key} in the caller's transaction; false, counting nothing, when the key has
     * already made {@code allowance} attempts in the window that began with the first attempt counted in it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean tryCount(ThrottleKind kind, String key, Duration window, int allowance) {
        var id = new ThrottleEntry.Id(kind, key);
        var now = clock.instant();
        ThrottleEntry entry;
        try {
            entry = entries.findForUpdate(id).orElseGet(() -> entries.saveAndFlush(new ThrottleEntry(id, now)));
        } catch (DataIntegrityViolationException concurrentFirstAttempt) {
            entry = entries.findForUpdate(id).orElseThrow();
        }
        return entry.tryCount(now, window, allowance);
    }

    /** How each key stands now, read in one query; a key without a counter has its whole budget. */
    @Transactional(readOnly = true)
    public Map<String, KeyStanding> standings(ThrottleKind kind, Map<String, FailureLimits> limitsByKey) {
        var now = clock.instant();
        var found = new LinkedHashMap<String, ThrottleEntry>();
        entries.findAll(kind, limitsByKey.keySet()).forEach(entry -> found.put(entry.getId().key(), entry));
        var standings = new LinkedHashMap<String, KeyStanding>();
        limitsByKey.forEach((key, limits) -> {
            var entry = found.get(key);
            standings.put(key, entry == null ? new KeyStanding(false, null, limits.maxFailures())
                    : entry.standing(now, limits));
        });
        return standings;
    }

    /**
     * Counts one failure of {@code key} in a transaction of its own; the lock this failure starts, or null.
     *
     * @throws DataIntegrityViolationException when a parallel first failure inserted the key's counter at the
     *                                         same moment: nothing was counted, count again
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public @Nullable Duration recordFailure(ThrottleKind kind, String key, FailureLimits limits) {
        var id = new ThrottleEntry.Id(kind, key);
        var now = clock.instant();
        var entry = entries.findForUpdate(id).orElseGet(() -> entries.saveAndFlush(new ThrottleEntry(id, now)));
        return entry.recordFailure(now, limits);
    }

    /** Forgets the counter of {@code key}, in a transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void forget(ThrottleKind kind, String key) {
        entries.deleteById(new ThrottleEntry.Id(kind, key));
    }

    /**
     * Forgets, in a transaction of its own, the counters of {@code kind} that were never locked and counted
     * nothing since {@code windowCutoff}, and those whose lock ended before {@code lockCutoff}.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int forgetStale(ThrottleKind kind, Instant windowCutoff, Instant lockCutoff) {
        return entries.deleteStale(kind, windowCutoff, lockCutoff);
    }
}
