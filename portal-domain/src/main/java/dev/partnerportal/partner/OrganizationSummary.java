package dev.partnerportal.partner;

import dev.partnerportal.shared.OrganizationId;

/** What the portal shows about an organization: identity, kind, standing and tier. */
public record OrganizationSummary(
        long id,
        String name,
        PartnerType type,
        String region,
        OrganizationStatus status,
        String tierCode,
        String tierName,
        int tierRank) {

    public OrganizationId organizationId() {
        return new OrganizationId(id);
    }
}
