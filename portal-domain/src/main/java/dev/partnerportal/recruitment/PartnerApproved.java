package dev.partnerportal.recruitment;

import dev.partnerportal.partner.PartnerType;
import dev.partnerportal.shared.OrganizationId;

/** An application was approved and its organization created; published inside the approving transaction. */
public record PartnerApproved(OrganizationId organization, PartnerType type) {
}
