package dev.partnerportal.sso;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.identity.PortalPrincipal;
import dev.partnerportal.identity.UserAccount;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.shared.Caller;
import dev.partnerportal.shared.EmailAddresses;
import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a provider's validated identity into a portal sign-in. Open to anonymous callers: it runs while a sign-in
 * is being decided, after the OAuth2 client has checked state, nonce, signature, issuer, audience and expiry.
 *
 * <p>The rules: the e-mail address must be verified by the provider. A partner organization's provider vouches
 * only for addresses in that organization's domains and only for accounts of that organization; an address of
 * another organization's (or the vendor's) account is refused and audited. An existing password account links
 * to the provider only while its owner is signed in with the password (or when the organization enforces single
 * sign-on, which makes its provider the authority for its domains). New people get an account at once: partner
 * users, or partner administrators when the organization's administrator group is in their claims; staff get the
 * role their groups map to and are refused without one.
 */
@Service
public class SsoSignIn {

    private static final List<Role> STAFF_ROLES_BY_PRECEDENCE = List.of(Role.ADMIN, Role.CHANNEL_MANAGER, Role.CONTENT_EDITOR);

    private final SsoConnections connections;
    private final SsoEmailDomains domains;
    private final SsoAccountLinks links;
    private final SecretCipher cipher;
    private final UserAccounts accounts;
    private final StaffSsoProperties staff;
    private final AuditTrail audit;
    private final Clock clock;
    private final String partnerGroupClaim;
    private final Environment environment;

    SsoSignIn(SsoConnections connections, SsoEmailDomains domains, SsoAccountLinks links, SecretCipher cipher,
              UserAccounts accounts, StaffSsoProperties staff, AuditTrail audit, Clock clock,
              @Value("${portal.sso.partner.group-claim:groups}") String partnerGroupClaim, Environment environment) {
        this.environment = environment;
        this.connections = connections;
        this.domains = domains;
        this.links = links;
        this.cipher = cipher;
        this.accounts = accounts;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
        this.partnerGroupClaim = partnerGroupClaim;
    }

    /**
     * The staff providers configured under {@code spring.security.oauth2.client.registration.*}, by name (their
     * {@code client-name}, else their id). Open to anonymous callers: the login page shows them.
     */
    @PreAuthorize("permitAll()")
    public List<StaffProvider> staffProviders() {
        return Binder.get(environment)
                .bind("spring.security.oauth2.client.registration", Bindable.mapOf(String.class, StaffRegistration.class))
                .orElseGet(Map::of)
                .entrySet().stream()
                .filter(entry -> !SsoRegistrations.isPartner(entry.getKey()))
                .map(entry -> new StaffProvider(entry.getKey(),
                        entry.getValue().clientName() == null ? entry.getKey() : entry.getValue().clientName()))
                .sorted(java.util.Comparator.comparing(StaffProvider::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The part of a configured registration the login page needs. */
    record StaffRegistration(@Nullable String clientName) {
    }

    /** The registration of the organization that owns the address's domain, if it registered a provider. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<String> registrationForEmail(String email) {
        var at = email.strip().lastIndexOf('@');
        if (at < 0) {
            return Optional.empty();
        }
        return domains.findById(email.strip().substring(at + 1).toLowerCase(Locale.ROOT))
                .map(domain -> SsoRegistrations.PARTNER_PREFIX + domain.getOrganizationId());
    }

    /** The provider behind a partner registration id, with its secret decrypted, if it exists. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PartnerProvider> partnerProvider(String registrationId) {
        return organizationOf(registrationId)
                .flatMap(organization -> connections.findByOrganizationId(organization.value()))
                .map(c -> new PartnerProvider(c.registrationId(), new OrganizationId(c.getOrganizationId()),
                        c.getIssuer(), c.getClientId(), cipher.decrypt(c.getEncryptedSecret()), c.getVersion()));
    }

    /**
     * The portal principal for a provider's identity, creating or linking the account as the rules allow.
     *
     * @param signedIn who is signed in to this browser session already, if anyone: a password sign-in
     *                 followed by the provider's for the same account links the two
     * @throws RuleViolation with an {@link SsoError} when the sign-in is refused; the refusal is audited
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public PortalPrincipal signIn(FederatedIdentity identity, @Nullable Caller signedIn, @Nullable String remoteAddress) {
        try {
            return decide(identity, signedIn, remoteAddress);
        } catch (RuleViolation refused) {
            refused(identity.registrationId(), identity.email(), organizationOf(identity.registrationId()).orElse(null),
                    refused.error(), remoteAddress);
            throw refused;
        }
    }

    /** Audits a sign-in that the OAuth2 client refused before the portal saw an identity (state, nonce, token). */
    @PreAuthorize("permitAll()")
    public void providerRefused(@Nullable String registrationId, String reason, @Nullable String remoteAddress) {
        var organization = registrationId == null ? null : organizationOf(registrationId).orElse(null);
        audit.record(AuditAction.SSO_SIGN_IN_REFUSED, null, organization,
                "provider " + registrationId + ": " + reason, remoteAddress);
    }

    private PortalPrincipal decide(FederatedIdentity identity, @Nullable Caller signedIn, @Nullable String remoteAddress) {
        if (identity.email() == null || !identity.emailVerified()) {
            throw new RuleViolation(SsoError.EMAIL_UNVERIFIED);
        }
        var email = EmailAddresses.normalize(identity.email());
        var organization = organizationOf(identity.registrationId()).orElse(null);
        @Nullable SsoConnection connection = null;
        @Nullable Role staffRole = null;
        if (SsoRegistrations.isPartner(identity.registrationId())) {
            connection = organization == null ? null
                    : connections.findByOrganizationId(organization.value()).orElse(null);
            if (connection == null || !connection.getIssuer().equals(identity.issuer())) {
                throw new RuleViolation(SsoError.ISSUER_MISMATCH);
            }
            var domain = email.substring(email.lastIndexOf('@') + 1);
            var owner = domains.findById(domain);
            if (owner.isEmpty() || owner.get().getOrganizationId() != organization.value()) {
                throw new RuleViolation(SsoError.DOMAIN_NOT_ALLOWED, domain);
            }
        } else {
            staffRole = staffRole(identity.claims());
        }

        var link = links.findByRegistrationIdAndSubject(identity.registrationId(), identity.subject());
        UserAccount account;
        if (link.isPresent()) {
            account = accounts.find(new dev.partnerportal.shared.UserId(link.get().getUserId())).orElseThrow();
            requireSameHome(account, organization);
        } else {
            var existing = accounts.findByEmail(email);
            if (existing.isEmpty()) {
                account = provision(identity, email, organization, connection, staffRole, remoteAddress);
            } else {
                account = existing.get();
                requireSameHome(account, organization);
                boolean provedByPassword = signedIn != null && signedIn.userId().equals(account.id());
                boolean providerIsAuthority = connection != null && connection.isEnforced();
                if (!provedByPassword && !providerIsAuthority) {
                    throw new RuleViolation(SsoError.LINK_REQUIRED);
                }
                link(account, identity, organization, provedByPassword ? "after password sign-in" : "organization enforces single sign-on",
                        remoteAddress);
            }
        }
        if (!account.enabled()) {
            throw new RuleViolation(SsoError.ACCOUNT_DISABLED);
        }
        if (staffRole != null && account.role() != staffRole) {
            // For staff the provider's groups are the authority on the role, at every sign-in.
            account = accounts.changeRole(account.id(), staffRole);
        }
        var principal = accounts.signInPrincipal(account.id()).orElseThrow(() -> new RuleViolation(SsoError.ACCOUNT_DISABLED));
        audit.record(AuditAction.SSO_SIGNED_IN, account.email(), account.organization(),
                "provider " + identity.registrationId(), remoteAddress);
        return principal;
    }

    private UserAccount provision(FederatedIdentity identity, String email, @Nullable OrganizationId organization,
                                  @Nullable SsoConnection connection, @Nullable Role staffRole,
                                  @Nullable String remoteAddress) {
        Role role;
        if (connection != null) {
            var adminGroup = connection.getAdminGroup();
            role = adminGroup != null && claimValues(identity.claims(), partnerGroupClaim).contains(adminGroup)
                    ? Role.PARTNER_ADMIN : Role.PARTNER_USER;
        } else {
            role = java.util.Objects.requireNonNull(staffRole);
        }
        var account = accounts.openFederatedAccount(email, displayName(identity, email), role,
                connection == null ? null : organization, clock.instant());
        audit.record(AuditAction.SSO_ACCOUNT_PROVISIONED, account.email(), account.organization(),
                "role " + role + " from provider " + identity.registrationId(), remoteAddress);
        links.save(new SsoAccountLink(account.id().value(), identity.registrationId(), identity.subject(),
                organization == null ? null : organization.value(), clock.instant()));
        return account;
    }

    private void link(UserAccount account, FederatedIdentity identity, @Nullable OrganizationId organization,
                      String why, @Nullable String remoteAddress) {
        if (links.existsByUserIdAndRegistrationId(account.id().value(), identity.registrationId())) {
            // Linked to another subject of the same provider: the provider says this is someone else now.
            throw new RuleViolation(SsoError.LINK_REQUIRED);
        }
        links.save(new SsoAccountLink(account.id().value(), identity.registrationId(), identity.subject(),
                organization == null ? null : organization.value(), clock.instant()));
        audit.record(AuditAction.SSO_ACCOUNT_LINKED, account.email(), account.organization(),
                "provider " + identity.registrationId() + ", " + why, remoteAddress);
    }

    /** A partner provider reaches its own organization's accounts only; a staff provider staff accounts only. */
    private static void requireSameHome(UserAccount account, @Nullable OrganizationId organization) {
        boolean same = organization == null ? account.isStaff() : organization.equals(account.organization());
        if (!same) {
            throw new RuleViolation(SsoError.OTHER_ORGANIZATION);
        }
    }

    private Role staffRole(Map<String, Object> claims) {
        var values = claimValues(claims, staff.roleClaim());
        var mapping = staff.mapping();
        return STAFF_ROLES_BY_PRECEDENCE.stream()
                .filter(role -> mapping.get(role).stream().anyMatch(values::contains))
                .findFirst()
                .orElseThrow(() -> new RuleViolation(SsoError.NO_STAFF_ROLE));
    }

    /** A claim as a set of strings: providers send groups as a list, some as one space- or comma-separated string. */
    static Set<String> claimValues(Map<String, Object> claims, String claim) {
        return switch (claims.get(claim)) {
            case null -> Set.of();
            case Collection<?> many -> many.stream().map(String::valueOf).collect(Collectors.toSet());
            case Object one -> Arrays.stream(one.toString().split("[\\s,]+")).filter(s -> !s.isEmpty())
                    .collect(Collectors.toSet());
        };
    }

    private static String displayName(FederatedIdentity identity, String email) {
        var name = identity.displayName() == null ? "" : identity.displayName().strip();
        if (name.isEmpty()) {
            name = email.substring(0, email.indexOf('@'));
        }
        return name.length() > UserAccount.DISPLAY_NAME_MAX_LENGTH ? name.substring(0, UserAccount.DISPLAY_NAME_MAX_LENGTH) : name;
    }

    private static Optional<OrganizationId> organizationOf(String registrationId) {
        if (!SsoRegistrations.isPartner(registrationId)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new OrganizationId(Long.parseLong(registrationId.substring(SsoRegistrations.PARTNER_PREFIX.length()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void refused(String registrationId, @Nullable String email, @Nullable OrganizationId organization,
                         ErrorCode reason, @Nullable String remoteAddress) {
        audit.record(AuditAction.SSO_SIGN_IN_REFUSED, email, organization,
                "provider " + registrationId + ": " + reason.code(), remoteAddress);
    }
}
