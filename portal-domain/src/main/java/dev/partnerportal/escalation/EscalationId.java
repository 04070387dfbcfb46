package dev.partnerportal.escalation;

/** The id of an escalation. */
public record EscalationId(long value) {
}
