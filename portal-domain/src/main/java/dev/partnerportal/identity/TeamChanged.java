package dev.partnerportal.identity;

import dev.partnerportal.shared.OrganizationId;

/** Someone joined or left an organization's active team; published inside the changing transaction. */
public record TeamChanged(OrganizationId organization) {
}
