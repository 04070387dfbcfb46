package dev.partnerportal.escalation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of an escalation's history: who did what when, and what they wrote. */
public record EscalationHistoryEntry(Kind kind, String actorName, boolean staff, Instant at,
                                     @Nullable EscalationStatus fromStatus, @Nullable EscalationStatus toStatus,
                                     @Nullable String message) {

    public enum Kind {
        RAISED, RESPONSE, MESSAGE, STATUS_CHANGED, REOPENED
    }
}
