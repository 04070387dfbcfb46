package dev.partnerportal.plan;

import dev.partnerportal.shared.OrganizationId;

/** An overdue commitment with the organization whose plan it belongs to, for home pages and the desk. */
public record OverdueCommitment(OrganizationId organization, String organizationName, PlanCommitment commitment) {
}
