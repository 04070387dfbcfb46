package dev.partnerportal.staff;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.identity.UserAccount;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.PartnerVisibility;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.shared.UserId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is each partner organization's partner manager: an active channel manager or administrator, assigned
 * and reassigned by administrators with a reason that goes into the audit log.
 */
@Service
public class PartnerManagers {

    public static final int REASON_MAX_LENGTH = 500;

    /** The roles that can look after partners. */
    public static final Set<Role> MANAGER_ROLES = EnumSet.of(Role.CHANNEL_MANAGER, Role.ADMIN);

    private final PartnerRegistry organizations;
    private final UserAccounts users;
    private final PartnerVisibility visibility;
    private final CallerContext callers;
    private final AuditTrail audit;

    PartnerManagers(PartnerRegistry organizations, UserAccounts users, PartnerVisibility visibility,
                    CallerContext callers, AuditTrail audit) {
        this.organizations = organizations;
        this.users = users;
        this.visibility = visibility;
        this.callers = callers;
        this.audit = audit;
    }

    /** The people who can be assigned: active channel managers and administrators, by name. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<StaffMember> candidates() {
        return users.enabledWithRoles(MANAGER_ROLES).stream().map(StaffMember::of).toList();
    }

    /**
     * Makes {@code manager} the partner manager of {@code organization}, replacing any previous one.
     * Empty when the organization does not exist.
     *
     * @throws RuleViolation when the manager is not an active channel manager or administrator, or
     *                                  the reason is blank or longer than {@link #REASON_MAX_LENGTH}
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Optional<StaffMember> assign(OrganizationId organization, UserId manager, String reason) {
        var caller = callers.require();
        var why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_MAX_LENGTH) {
            throw new RuleViolation(StaffError.REASON_REQUIRED, REASON_MAX_LENGTH);
        }
        return organizations.find(organization).map(org -> {
            var assignee = users.find(manager)
                    .filter(user -> MANAGER_ROLES.contains(user.role()) && user.enabled())
                    .orElseThrow(() -> new RuleViolation(StaffError.MANAGER_NOT_ELIGIBLE));
            var previous = organizations.partnerManager(organization).flatMap(users::find)
                    .map(UserAccount::email).orElse("nobody");
            organizations.assignPartnerManager(organization, assignee.id());
            audit.record(AuditAction.PARTNER_MANAGER_ASSIGNED, caller.username(), organization,
                    org.name() + ": " + previous + " to " + assignee.email() + ". Reason: " + why, null);
            return StaffMember.of(assignee);
        });
    }

    /** The partner manager of an organization the caller may see; empty when none is assigned. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public Optional<StaffMember> of(OrganizationId organization) {
        if (!visibility.allows(callers.require(), organization)) {
            return Optional.empty();
        }
        return organizations.partnerManager(organization).flatMap(users::find).map(StaffMember::of);
    }

    /** The partner managers' names of the given organizations the caller may see, for a page of a list. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public Map<OrganizationId, String> names(Collection<OrganizationId> organizationIds) {
        var caller = callers.require();
        var names = new HashMap<OrganizationId, String>();
        organizationIds.stream().distinct()
                .filter(org -> visibility.allows(caller, org))
                .forEach(org -> organizations.partnerManager(org).flatMap(users::find)
                        .ifPresent(user -> names.put(org, user.displayName())));
        return names;
    }
}
