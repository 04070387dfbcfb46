package dev.partnerportal.plan;

import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.PartnerVisibility;
import dev.partnerportal.shared.Caller;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may see an organization's plan: its own people, and the channel managers and administrators the manager
 * visibility setting lets see the organization. Anyone else gets nothing, as if the organization did not exist.
 */
@Component
class PlanAccess {

    private final PartnerRegistry organizations;
    private final PartnerVisibility visibility;

    PlanAccess(PartnerRegistry organizations, PartnerVisibility visibility) {
        this.organizations = organizations;
        this.visibility = visibility;
    }

    Optional<OrganizationSummary> readable(Caller caller, OrganizationId organization) {
        var allowed = caller.role().isPartnerRole()
                ? organization.equals(caller.organizationId())
                : (caller.role() == Role.ADMIN || caller.role() == Role.CHANNEL_MANAGER) && visibility.allows(caller, organization);
        return allowed ? organizations.find(organization) : Optional.empty();
    }

    OrganizationSummary require(Caller caller, OrganizationId organization) {
        return readable(caller, organization).orElseThrow(() -> new RuleViolation(PlanError.NOT_FOUND));
    }

    /** The organization's partner manager approves; administrators may stand in. */
    boolean mayApprove(Caller caller, OrganizationId organization) {
        return caller.role() == Role.ADMIN
                || organizations.partnerManager(organization).map(caller.userId()::equals).orElse(false);
    }

    /**
     * The organizations whose overdue commitments {@code caller} should see on their home: partners their own;
     * channel managers those they are partner manager of; administrators every organization.
     */
    List<OrganizationSummary> homeScope(Caller caller) {
        if (caller.role().isPartnerRole()) {
            return caller.organization().flatMap(organizations::find).stream().toList();
        }
        return switch (caller.role()) {
            case CHANNEL_MANAGER -> organizations.managedBy(caller.userId());
            case ADMIN -> organizations.all();
            default -> List.of();
        };
    }
}
