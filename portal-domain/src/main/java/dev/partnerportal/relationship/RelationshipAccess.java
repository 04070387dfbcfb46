package dev.partnerportal.relationship;

import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.PartnerVisibility;
import dev.partnerportal.shared.Caller;
import dev.partnerportal.shared.OrganizationId;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which relationship: partner people their own organization only (partner
 * administrators change their side and log touchpoints), channel managers the partners visibility gives them,
 * administrators all. Another organization's id behaves as if it did not exist.
 */
@Component
class RelationshipAccess {

    private final PartnerRegistry organizations;
    private final PartnerVisibility visibility;

    RelationshipAccess(PartnerRegistry organizations, PartnerVisibility visibility) {
        this.organizations = organizations;
        this.visibility = visibility;
    }

    /** Those of {@code organizations} that {@code caller} may read ({@link #mayRead}), in at most three queries. */
    java.util.Set<OrganizationId> readable(Caller caller, java.util.Collection<OrganizationId> organizations) {
        var existing = this.organizations.existing(organizations);
        return switch (caller.role()) {
            case PARTNER_ADMIN, PARTNER_USER -> existing.contains(caller.organizationId())
                    ? java.util.Set.of(caller.organizationId()) : java.util.Set.of();
            case ADMIN -> existing;
            case CHANNEL_MANAGER -> visibility.allowed(caller, existing);
            case CONTENT_EDITOR -> java.util.Set.of();
        };
    }

    boolean mayRead(Caller caller, OrganizationId organization) {
        if (!organizations.exists(organization)) {
            return false;
        }
        return switch (caller.role()) {
            case PARTNER_ADMIN, PARTNER_USER -> organization.equals(caller.organizationId());
            case ADMIN -> true;
            case CHANNEL_MANAGER -> visibility.allows(caller, organization);
            case CONTENT_EDITOR -> false;
        };
    }

    /** The vendor side (vendor contacts, escalation path, cadence) is the vendor's to name. */
    boolean mayChangeVendorSide(Caller caller, OrganizationId organization) {
        return caller.isStaff() && mayRead(caller, organization);
    }

    /** Partner contacts, touchpoints and next steps: staff who see the partner and the partner's administrators. */
    boolean mayChangePartnerSide(Caller caller, OrganizationId organization) {
        return caller.role() != dev.partnerportal.shared.Role.PARTNER_USER && mayRead(caller, organization);
    }
}
