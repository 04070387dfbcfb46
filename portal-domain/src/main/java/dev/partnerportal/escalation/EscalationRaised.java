package dev.partnerportal.escalation;

import dev.partnerportal.shared.OrganizationId;

/** A partner raised an escalation; published in the raising transaction, heard after it commits. */
public record EscalationRaised(EscalationId escalation, OrganizationId organization, EscalationSeverity severity) {
}
