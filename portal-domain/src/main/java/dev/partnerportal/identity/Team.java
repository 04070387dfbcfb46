package dev.partnerportal.identity;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.shared.Caller;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.shared.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner administrator manages their own organization's people without asking the vendor. Every
 * method works inside the caller's organization only; anyone else's id is answered as not found.
 */
@Service
public class Team {

    private final PortalUsers users;
    private final Invitations invitations;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Team(PortalUsers users, Invitations invitations, CallerContext callers, AuditTrail audit,
         ApplicationEventPublisher events) {
        this.users = users;
        this.invitations = invitations;
        this.callers = callers;
        this.audit = audit;
        this.events = events;
    }

    /** The members of the caller's organization, by name. */
    @PreAuthorize("hasRole('PARTNER_ADMIN')")
    @Transactional(readOnly = true)
    public List<TeamMember> members() {
        var organization = callers.require().organizationId();
        return users.findByOrganizationId(organization.value()).stream()
                .map(TeamMember::of)
                .sorted(Comparator.comparing(TeamMember::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Invites a colleague into the caller's organization as partner administrator or partner user. Answers
     * the same whether or not the address has an account elsewhere (see {@link Invitations#invite}), so that
     * it cannot be used to find out who else uses the portal.
     *
     * @throws DuplicateAccountException when the address is already in the caller's own organization
     */
    @PreAuthorize("hasRole('PARTNER_ADMIN')")
    @Transactional
    public void invite(String email, String displayName, Role role) {
        invite(email, displayName, role, null);
    }

    /** Invites as {@link #invite(String, String, Role)} does, the mail and the new account in {@code language} (null: English). */
    @PreAuthorize("hasRole('PARTNER_ADMIN')")
    @Transactional
    public void invite(String email, String displayName, Role role, @Nullable Locale language) {
        if (!role.isPartnerRole()) {
            throw new RuleViolation(IdentityError.PARTNER_ROLE_REQUIRED);
        }
        invitations.invite(email, displayName, role, callers.require().organizationId(), language);
    }

    /**
     * Moves a member between partner administrator and partner user. Returns false when no such member
     * exists in the caller's organization.
     */
    @PreAuthorize("hasRole('PARTNER_ADMIN')")
    @Transactional
    public boolean changeRole(UserId member, Role role) {
        var caller = callers.require();
        if (member.equals(caller.userId())) {
            throw new RuleViolation(IdentityError.OWN_ROLE);
        }
        return ownMember(caller, member).map(user -> {
            user.changePartnerRole(role);
            audit.record(AuditAction.ROLE_CHANGED, caller.username(), caller.organizationId(),
                    user.getEmail() + " to " + role, null);
            return true;
        }).orElse(false);
    }

    /**
     * Deactivates a member: they cannot sign in any more, and their sessions and tokens stop working at
     * their next request. Returns false when no such member exists in the caller's organization.
     */
    @PreAuthorize("hasRole('PARTNER_ADMIN')")
    @Transactional
    public boolean deactivate(UserId member) {
        var caller = callers.require();
        if (member.equals(caller.userId())) {
            throw new RuleViolation(IdentityError.OWN_DEACTIVATION);
        }
        return ownMember(caller, member).map(user -> {
            user.deactivate();
            audit.record(AuditAction.USER_DEACTIVATED, caller.username(), caller.organizationId(), user.getEmail(), null);
            events.publishEvent(new TeamChanged(caller.organizationId()));
            return true;
        }).orElse(false);
    }

    private Optional<PortalUser> ownMember(Caller caller, UserId member) {
        return users.findById(member.value())
                .filter(user -> caller.organizationId().equals(user.getOrganization()));
    }
}
