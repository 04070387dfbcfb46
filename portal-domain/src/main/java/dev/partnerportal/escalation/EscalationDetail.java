package dev.partnerportal.escalation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One escalation with its description, attachment and history, oldest first. {@code reopenableUntil} is set
 * while a resolved escalation may still be reopened.
 */
public record EscalationDetail(EscalationSummary summary, String description, String raisedByName,
                               @Nullable String attachmentName, @Nullable String attachmentType,
                               List<EscalationHistoryEntry> history, @Nullable Instant reopenableUntil) {

    public EscalationDetail {
        history = List.copyOf(history);
    }
}
