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

    /** The longest organization name. */
    public static final int NAME_MAX_LENGTH = PartnerOrganization.NAME_MAX_LENGTH;

    /** The longest region name. */
    public static final int REGION_MAX_LENGTH = PartnerOrganization.REGION_MAX_LENGTH;

    public OrganizationId organizationId() {
        return new OrganizationId(id);
    }
}
