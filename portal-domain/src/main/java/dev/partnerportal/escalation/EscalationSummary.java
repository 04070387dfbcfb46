package dev.partnerportal.escalation;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An escalation as lists show it: what, how bad, where it stands and how its two targets stand now.
 * {@code timeLeft} is the business time left to the next pending target (negative when past it, null when
 * both are met); the queue sorts by it.
 */
public record EscalationSummary(EscalationId id, long organizationId, String organizationName,
                                EscalationCategory category, EscalationSeverity severity, String title,
                                EscalationStatus status, Instant raisedAt, Instant respondDue, Instant resolveDue,
                                @Nullable Instant respondedAt, @Nullable Instant resolvedAt,
                                TargetState response, TargetState resolution, @Nullable Duration timeLeft) {

    /** The due time people should watch: the response target until it is met, then the resolution target. */
    public Instant nextDue() {
        return respondedAt == null ? respondDue : resolveDue;
    }

    /** The worse of the two targets, for highlighting. */
    public TargetState worst() {
        return response == TargetState.BREACHED || resolution == TargetState.BREACHED
                ? TargetState.BREACHED
                : response == TargetState.NEAR_BREACH || resolution == TargetState.NEAR_BREACH ? TargetState.NEAR_BREACH
                : response == TargetState.MISSED || resolution == TargetState.MISSED ? TargetState.MISSED
                : resolution;
    }
}
