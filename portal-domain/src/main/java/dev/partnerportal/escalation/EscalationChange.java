package dev.partnerportal.escalation;

import org.jspecify.annotations.Nullable;

/**
 * A reply to an escalation: a message, a new status, or both. Staff answering an open escalation acknowledge
 * it; partners may only write, close a resolved one or reopen it.
 */
public record EscalationChange(@Nullable EscalationStatus status, @Nullable String message) {
}
