package dev.partnerportal.throttle;

import java.time.Duration;

/**
 * The limits a locking key lives under: {@code maxFailures} within {@code window} lock it for {@code firstLock},
 * and each later lock lasts twice as long as the one before, up to {@code maxLock}.
 */
public record FailureLimits(int maxFailures, Duration window, Duration firstLock, Duration maxLock) {

    Duration lockAfter(int earlierLocks) {
        var lock = firstLock;
        for (int i = 0; i < earlierLocks && lock.compareTo(maxLock) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }
}
