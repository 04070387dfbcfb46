package dev.partnerportal.staff;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.identity.Invitations;
import dev.partnerportal.identity.UserAccount;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.shared.UserId;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendor's own people, for administrators: invite, change roles, deactivate and reactivate. There is
 * always at least one active administrator. Every change is audited, and reaches the person's live sessions
 * and tokens at their next request.
 */
@Service
public class StaffDirectory {

    private final UserAccounts users;
    private final Invitations invitations;
    private final StaffRoster roster;
    private final CallerContext callers;
    private final AuditTrail audit;

    StaffDirectory(UserAccounts users, Invitations invitations, StaffRoster roster, CallerContext callers,
                   AuditTrail audit) {
        this.users = users;
        this.invitations = invitations;
        this.roster = roster;
        this.callers = callers;
        this.audit = audit;
    }

    /** A page of staff (administrators, content editors, channel managers), in the order asked. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<StaffMember> list(Pageable pageable) {
        return users.staff(pageable).map(StaffMember::of);
    }

    /** One staff member; empty for unknown ids and for partner accounts. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<StaffMember> find(UserId id) {
        return staff(id).map(StaffMember::of);
    }

    /**
     * Invites a person onto the staff by mail; they choose a password through the link.
     *
     * @throws dev.partnerportal.identity.DuplicateAccountException when the address has an account already
     * @throws RuleViolation for a partner role, a malformed address or name
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public StaffMember invite(String email, String displayName, Role role) {
        return invite(email, displayName, role, null);
    }

    /** Invites as {@link #invite(String, String, Role)} does, the mail and the new account in {@code language} (null: English). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public StaffMember invite(String email, String displayName, Role role, @Nullable Locale language) {
        var id = invitations.inviteStaff(email, displayName, role, language);
        return find(id).orElseThrow();
    }

    /**
     * Changes a staff member's role and/or whether they may sign in (null leaves that part as it is), in one
     * step. Deactivating a pending invitation withdraws it. Empty for unknown ids and partner accounts.
     *
     * @throws LastAdministratorException when the change would leave no active administrator
     * @throws RuleViolation for a partner role, an empty change, or reactivating a pending invitation
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Optional<StaffMember> change(UserId id, @Nullable Role role, @Nullable Boolean active) {
        if (role == null && active == null) {
            throw new RuleViolation(StaffError.EMPTY_CHANGE);
        }
        if (role != null && role.isPartnerRole()) {
            throw new RuleViolation(StaffError.STAFF_ROLE_REQUIRED);
        }
        var caller = callers.require();
        roster.lock();
        return staff(id).map(user -> {
            var newRole = role == null ? user.role() : role;
            var newActive = active == null ? user.enabled() : active;
            if (isActiveAdministrator(user) && !(newRole == Role.ADMIN && newActive)
                    && users.countEnabled(Role.ADMIN) <= 1) {
                throw new LastAdministratorException();
            }
            if (user.invitationPending()) {
                return changeInvitation(user, newRole, active, caller.username());
            }
            var changed = user;
            if (newRole != user.role()) {
                changed = users.changeRole(user.id(), newRole);
                audit.record(AuditAction.ROLE_CHANGED, caller.username(), null,
                        user.email() + " from " + user.role() + " to " + newRole, null);
            }
            if (newActive != user.enabled()) {
                changed = users.changeEnabled(user.id(), newActive);
                if (newActive) {
                    audit.record(AuditAction.USER_REACTIVATED, caller.username(), null, user.email(), null);
                } else {
                    audit.record(AuditAction.USER_DEACTIVATED, caller.username(), null, user.email(), null);
                }
            }
            return StaffMember.of(changed);
        });
    }

    private StaffMember changeInvitation(UserAccount user, Role newRole, @Nullable Boolean active, String actor) {
        if (Boolean.TRUE.equals(active)) {
            throw new RuleViolation(StaffError.INVITATION_PENDING);
        }
        if (Boolean.FALSE.equals(active)) {
            var withdrawn = StaffMember.of(user).withdrawn();
            users.withdrawInvitation(user.id());
            audit.record(AuditAction.USER_DEACTIVATED, actor, null, user.email() + " (invitation withdrawn)", null);
            return withdrawn;
        }
        var changed = user;
        if (newRole != user.role()) {
            changed = users.changeRole(user.id(), newRole);
            audit.record(AuditAction.ROLE_CHANGED, actor, null,
                    user.email() + " from " + user.role() + " to " + newRole + " (invited)", null);
        }
        return StaffMember.of(changed);
    }

    private static boolean isActiveAdministrator(UserAccount user) {
        return user.role() == Role.ADMIN && user.enabled();
    }

    private Optional<UserAccount> staff(UserId id) {
        return users.find(id).filter(UserAccount::isStaff);
    }
}
