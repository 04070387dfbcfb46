package dev.partnerportal.identity;

import dev.partnerportal.shared.EmailAddresses;
import dev.partnerportal.shared.Caller;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A person who can log in: vendor staff, or a member of one partner organization. */
@Entity
@Table(name = "portal_user")
class PortalUser {

    public static final int EMAIL_MAX_LENGTH = EmailAddresses.MAX_LENGTH;
    public static final int DISPLAY_NAME_MAX_LENGTH = 120;
    public static final int LOCALE_TAG_MAX_LENGTH = 35;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Always stored lower-cased: the login name. */
    @Column(nullable = false, unique = true, length = EMAIL_MAX_LENGTH)
    private String email;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX_LENGTH)
    private String displayName;

    @Column(name = "password_hash")
    private @Nullable String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    @Column(name = "organization_id")
    private @Nullable Long organizationId;

    @Column(name = "preferred_locale", length = LOCALE_TAG_MAX_LENGTH)
    private @Nullable String preferredLocale;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Raised whenever what a signed-in session may do changes; see {@link #getSecurityVersion()}. */
    @Column(name = "security_version", nullable = false)
    private long securityVersion;

    /** Signs in only through an identity provider (single sign-on): enabled without ever having a password. */
    @Column(nullable = false)
    private boolean federated;

    @Version
    private long version;

    protected PortalUser() {
    }

    private PortalUser(String email, String displayName, Role role, @Nullable OrganizationId organization,
                       @Nullable String passwordHash, Instant createdAt) {
        this.email = EmailAddresses.normalize(email);
        this.displayName = requireDisplayName(displayName);
        this.role = Objects.requireNonNull(role, "role");
        if (role.isPartnerRole() != (organization != null)) {
            throw new IllegalArgumentException("partner roles need an organization, staff roles none");
        }
        this.organizationId = organization == null ? null : organization.value();
        this.passwordHash = passwordHash;
        this.enabled = passwordHash != null;
        this.createdAt = createdAt;
    }

    /** A vendor staff account (admin, content editor, channel manager). */
    public static PortalUser staff(String email, String displayName, Role role, String passwordHash, Instant now) {
        if (role.isPartnerRole()) {
            throw new RuleViolation(IdentityError.STAFF_ROLE_REQUIRED);
        }
        return new PortalUser(email, displayName, role, null, passwordHash, now);
    }

    /** A member of a partner organization. */
    public static PortalUser partner(String email, String displayName, Role role, OrganizationId organization,
                                     String passwordHash, Instant now) {
        return new PortalUser(email, displayName, role, Objects.requireNonNull(organization), passwordHash, now);
    }

    /**
     * A member invited into a partner organization: no password and not enabled until they accept the
     * invitation and choose a password.
     */
    public static PortalUser invited(String email, String displayName, Role role, OrganizationId organization,
                                     Instant now) {
        if (!role.isPartnerRole()) {
            throw new RuleViolation(IdentityError.PARTNER_ROLE_REQUIRED);
        }
        return new PortalUser(email, displayName, role, Objects.requireNonNull(organization), null, now);
    }

    /**
     * A staff member invited by an administrator: no password and not enabled until they accept the
     * invitation and choose a password.
     */
    public static PortalUser invitedStaff(String email, String displayName, Role role, Instant now) {
        if (role.isPartnerRole()) {
            throw new RuleViolation(IdentityError.STAFF_ROLE_REQUIRED);
        }
        return new PortalUser(email, displayName, role, null, null, now);
    }

    /**
     * An account created at its first single sign-on: enabled at once, without a password. Partner roles need
     * the organization whose provider vouched for the person; staff roles none.
     */
    public static PortalUser federated(String email, String displayName, Role role,
                                       @Nullable OrganizationId organization, Instant now) {
        var user = new PortalUser(email, displayName, role, organization, null, now);
        user.federated = true;
        user.enabled = true;
        return user;
    }

    /** True while an invitation is outstanding: the account has never had a password and no provider vouches for it. */
    public boolean isInvitationPending() {
        return passwordHash == null && !federated;
    }

    /** True for accounts that sign in through an identity provider only. */
    public boolean isFederated() {
        return federated;
    }

    /**
     * Sets a new password hash; an invited account becomes active with its first password. Every session and
     * API token issued before stops working at its next request.
     */
    void setPasswordHash(String newHash) {
        boolean firstPassword = passwordHash == null;
        this.passwordHash = Objects.requireNonNull(newHash);
        if (firstPassword) {
            this.enabled = true;
        }
        endSessions();
    }

    /** Moves a partner member between partner administrator and partner user. */
    void changePartnerRole(Role newRole) {
        if (!role.isPartnerRole() || !newRole.isPartnerRole()) {
            throw new RuleViolation(IdentityError.PARTNER_ROLE_REQUIRED);
        }
        changeRole(newRole);
    }

    /**
     * Gives this person another role of the same kind: staff stay staff, partner members stay in their
     * organization. Their live sessions and tokens act with the new role from their next request.
     */
    public void changeRole(Role newRole) {
        if (Objects.requireNonNull(newRole, "role").isPartnerRole() != role.isPartnerRole()) {
            throw new RuleViolation(role.isPartnerRole() ? IdentityError.PARTNER_ROLE_REQUIRED : IdentityError.STAFF_ROLE_REQUIRED);
        }
        if (newRole != role) {
            this.role = newRole;
            endSessions();
        }
    }

    /**
     * Ends every session and API token of this person at its next request, by raising the security version
     * they were issued under. Role changes, deactivation and password changes call it themselves.
     */
    public void endSessions() {
        this.securityVersion++;
    }

    /**
     * The version of this account's rights and credentials. A session or token issued under an older version
     * is no longer honoured (see {@code AccountStatus#isCurrent}).
     */
    public long getSecurityVersion() {
        return securityVersion;
    }

    private static String requireDisplayName(String displayName) {
        var trimmed = Objects.requireNonNull(displayName, "displayName").strip();
        if (trimmed.isEmpty() || trimmed.length() > DISPLAY_NAME_MAX_LENGTH) {
            throw new RuleViolation(IdentityError.DISPLAY_NAME_LENGTH, DISPLAY_NAME_MAX_LENGTH);
        }
        return trimmed;
    }

    /** Sets or clears the language the portal is shown in for this person. */
    public void changePreferredLocale(@Nullable Locale locale) {
        if (locale == null) {
            this.preferredLocale = null;
            return;
        }
        var tag = locale.toLanguageTag();
        if (tag.equals("und") || tag.length() > LOCALE_TAG_MAX_LENGTH) {
            throw new RuleViolation(IdentityError.LANGUAGE_UNUSABLE);
        }
        this.preferredLocale = tag;
    }

    /** Stops this person from logging in; their sessions and tokens stop working at their next request. */
    public void deactivate() {
        this.enabled = false;
        endSessions();
    }

    /**
     * Lets a deactivated person sign in again with their old password.
     *
     * @throws RuleViolation {@link IdentityError#INVITATION_PENDING} while an invitation is still pending: such an account has no password
     */
    public void reactivate() {
        if (isInvitationPending()) {
            throw new RuleViolation(IdentityError.INVITATION_PENDING);
        }
        this.enabled = true;
        endSessions();
    }

    public UserId id() {
        return new UserId(Objects.requireNonNull(id, "not yet persisted"));
    }

    public Caller caller() {
        return new Caller(id(), email, role, organizationId == null ? null : new OrganizationId(organizationId));
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public @Nullable String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public @Nullable OrganizationId getOrganization() {
        return organizationId == null ? null : new OrganizationId(organizationId);
    }

    public @Nullable Locale getPreferredLocale() {
        return preferredLocale == null ? null : Locale.forLanguageTag(preferredLocale);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
