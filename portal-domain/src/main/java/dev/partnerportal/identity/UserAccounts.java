package dev.partnerportal.identity;

import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for other features' services, demo data and event listeners. It checks no caller: whoever uses it
 * has authorized the work already (the services' own {@code @PreAuthorize}); views use the services instead.
 */
@Component
@Transactional(readOnly = true)
public class UserAccounts {

    private final PortalUsers users;

    UserAccounts(PortalUsers users) {
        this.users = users;
    }

    /** The account with this id, if there is one. */
    public Optional<UserAccount> find(UserId id) {
        return users.findById(id.value()).map(UserAccount::of);
    }

    /** The account with this (already normalized) e-mail address, if there is one. */
    public Optional<UserAccount> findByEmail(String email) {
        return users.findByEmail(email).map(UserAccount::of);
    }

    /** The ids of accounts whose display name or e-mail address contains {@code text}, ignoring case. */
    public Set<Long> idsMatching(String text) {
        var pattern = "%" + text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return Set.copyOf(users.findIdsMatching(pattern));
    }

    /** How many accounts there are. */
    public long count() {
        return users.count();
    }

    /** True when some account, enabled or not, has {@code role}. */
    public boolean existsWithRole(Role role) {
        return users.existsByRole(role);
    }

    /** How many enabled accounts have {@code role}. */
    public long countEnabled(Role role) {
        return users.countByRoleAndEnabledTrue(role);
    }

    /** How many enabled members an organization has. */
    public long countEnabledMembers(OrganizationId organization) {
        return users.countByOrganizationIdAndEnabledTrue(organization.value());
    }

    /** How many enabled members each of these organizations has (absent: none), in one query. */
    public java.util.Map<OrganizationId, Long> countEnabledMembers(Collection<OrganizationId> organizations) {
        if (organizations.isEmpty()) {
            return java.util.Map.of();
        }
        var counts = new java.util.HashMap<OrganizationId, Long>();
        users.countEnabledByOrganization(organizations.stream().map(OrganizationId::value).toList())
                .forEach(row -> counts.put(new OrganizationId((Long) row[0]), (Long) row[1]));
        return counts;
    }

    /** The enabled members of an organization whose invitation is accepted, oldest account first. */
    public List<UserAccount> activeMembers(OrganizationId organization) {
        return users.findByOrganizationId(organization.value()).stream()
                .filter(user -> user.isEnabled() && !user.isInvitationPending())
                .map(UserAccount::of)
                .sorted(java.util.Comparator.comparingLong(account -> account.id().value()))
                .toList();
    }

    /** Enabled accounts with one of {@code roles}, by display name. */
    public List<UserAccount> enabledWithRoles(Collection<Role> roles) {
        return users.findByRoleInAndEnabledTrueOrderByDisplayNameAsc(roles).stream().map(UserAccount::of).toList();
    }

    /** A page of the vendor's own people (accounts without an organization), in the order asked. */
    public Page<UserAccount> staff(Pageable pageable) {
        return users.findByOrganizationIdIsNull(pageable).map(UserAccount::of);
    }

    /** Opens a staff account that may sign in with {@code passwordHash}. */
    @Transactional
    public UserAccount openStaffAccount(String email, String displayName, Role role, String passwordHash, Instant now) {
        return UserAccount.of(users.save(PortalUser.staff(email, displayName, role, passwordHash, now)));
    }

    /** Opens a partner member's account that may sign in with {@code passwordHash}. */
    @Transactional
    public UserAccount openPartnerAccount(String email, String displayName, Role role, OrganizationId organization,
                                          String passwordHash, Instant now) {
        return UserAccount.of(users.save(PortalUser.partner(email, displayName, role, organization, passwordHash, now)));
    }

    /** Opens a partner member's account, like the other overload, with the language the portal speaks to them in. */
    @Transactional
    public UserAccount openPartnerAccount(String email, String displayName, Role role, OrganizationId organization,
                                          String passwordHash, Instant now, Locale preferredLocale) {
        var user = PortalUser.partner(email, displayName, role, organization, passwordHash, now);
        user.changePreferredLocale(preferredLocale);
        return UserAccount.of(users.save(user));
    }

    /** Gives an account another role; its sessions and tokens follow at their next request. */
    @Transactional
    public UserAccount changeRole(UserId id, Role role) {
        var user = users.findById(id.value()).orElseThrow();
        user.changeRole(role);
        return UserAccount.of(user);
    }

    /** Lets an account sign in again, or stops it from signing in. */
    @Transactional
    public UserAccount changeEnabled(UserId id, boolean enabled) {
        var user = users.findById(id.value()).orElseThrow();
        if (enabled) {
            user.reactivate();
        } else {
            user.deactivate();
        }
        return UserAccount.of(user);
    }

    /** Removes an account whose invitation is still outstanding. */
    @Transactional
    public void withdrawInvitation(UserId id) {
        var user = users.findById(id.value()).filter(PortalUser::isInvitationPending).orElseThrow();
        users.delete(user);
    }

    /** Opens an account that signs in through an identity provider only: enabled, without a password. */
    @Transactional
    public UserAccount openFederatedAccount(String email, String displayName, Role role,
                                            @Nullable OrganizationId organization, Instant now) {
        return UserAccount.of(users.save(PortalUser.federated(email, displayName, role, organization, now)));
    }

    /**
     * The principal a session holds for this account, when the account may sign in now. For single sign-on,
     * whose identity provider has already vouched for the person.
     */
    public Optional<PortalPrincipal> signInPrincipal(UserId id) {
        return users.findById(id.value()).filter(PortalUser::isEnabled).map(user -> {
            var principal = new PortalPrincipal(user);
            principal.eraseCredentials();
            return principal;
        });
    }

    /**
     * Ends every session and API token of an organization's people at their next request (the security version
     * rises), for example when the organization starts to require single sign-on.
     */
    @Transactional
    public int endSessionsOfOrganization(OrganizationId organization) {
        var members = users.findByOrganizationId(organization.value());
        members.forEach(PortalUser::endSessions);
        return members.size();
    }
}
