package dev.partnerportal.throttle;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How one locking key stands at a moment.
 *
 * @param counted           whether the key has a counter (failures to clear on success)
 * @param lockedUntil       when its lock ends, or null when it is not locked
 * @param remainingFailures how many more failures it may have before it is locked (at least one while unlocked)
 */
public record KeyStanding(boolean counted, @Nullable Instant lockedUntil, int remainingFailures) {
}
