package dev.partnerportal.sso;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner organization's identity provider: registered, changed and removed by its partner administrators or
 * by an administrator for them. Another organization's settings answer "not found". Enforcing single sign-on
 * ends every session and API token of the organization's people, so password sign-ins end at once.
 */
@Service
public class SsoSettings {

    private static final Pattern DOMAIN = Pattern.compile("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");

    private final SsoConnections connections;
    private final SsoEmailDomains domains;
    private final SsoAccountLinks links;
    private final SecretCipher cipher;
    private final PartnerRegistry partners;
    private final UserAccounts accounts;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;

    SsoSettings(SsoConnections connections, SsoEmailDomains domains, SsoAccountLinks links, SecretCipher cipher,
                PartnerRegistry partners, UserAccounts accounts, CallerContext callers, AuditTrail audit, Clock clock) {
        this.connections = connections;
        this.domains = domains;
        this.links = links;
        this.cipher = cipher;
        this.partners = partners;
        this.accounts = accounts;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    /** The organization's provider, if it registered one. */
    @PreAuthorize("hasAnyRole('ADMIN', 'PARTNER_ADMIN')")
    @Transactional(readOnly = true)
    public Optional<SsoProviderSettings> settings(OrganizationId organization) {
        requireAccess(organization);
        return connections.findByOrganizationId(organization.value()).map(this::view);
    }

    /** Every organization's provider, for administrators. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<SsoProviderSettings> all() {
        return connections.findAllByOrderByOrganizationIdAsc().stream().map(this::view).toList();
    }

    /**
     * Registers or changes the organization's provider; nothing changes when anything is refused.
     *
     * @throws RuleViolation for another organization (as not found), an issuer that is not an https address
     *                       (http only on loopback), a missing client id or secret, no or malformed domains, a domain
     *                       of another organization, or no key to encrypt the secret with
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'PARTNER_ADMIN')")
    @Transactional
    public SsoProviderSettings save(OrganizationId organization, SsoProviderChange change) {
        requireAccess(organization);
        var issuer = requireIssuer(change.issuer());
        var clientId = change.clientId() == null ? "" : change.clientId().strip();
        if (clientId.isEmpty() || clientId.length() > SsoConnection.CLIENT_ID_MAX_LENGTH) {
            throw new RuleViolation(SsoError.CLIENT_ID_REQUIRED, SsoConnection.CLIENT_ID_MAX_LENGTH);
        }
        var secret = change.clientSecret() == null ? "" : change.clientSecret().strip();
        if (secret.length() > SsoConnection.CLIENT_SECRET_MAX_LENGTH) {
            throw new RuleViolation(SsoError.CLIENT_SECRET_REQUIRED, SsoConnection.CLIENT_SECRET_MAX_LENGTH);
        }
        var adminGroup = change.adminGroup() == null || change.adminGroup().isBlank() ? null : change.adminGroup().strip();
        if (adminGroup != null && adminGroup.length() > SsoConnection.ADMIN_GROUP_MAX_LENGTH) {
            throw new RuleViolation(SsoError.ADMIN_GROUP_TOO_LONG, SsoConnection.ADMIN_GROUP_MAX_LENGTH);
        }
        var wanted = requireDomains(change.domains());
        for (var domain : wanted) {
            var taken = domains.findById(domain);
            if (taken.isPresent() && taken.get().getOrganizationId() != organization.value()) {
                throw new RuleViolation(SsoError.DOMAIN_TAKEN, domain);
            }
        }
        var now = clock.instant();
        var existing = connections.findByOrganizationId(organization.value());
        if (existing.isEmpty() && secret.isEmpty()) {
            throw new RuleViolation(SsoError.CLIENT_SECRET_REQUIRED, SsoConnection.CLIENT_SECRET_MAX_LENGTH);
        }
        var encrypted = secret.isEmpty() ? existing.orElseThrow().getEncryptedSecret() : cipher.encrypt(secret);
        boolean newlyEnforced = change.enforced() && existing.map(c -> !c.isEnforced()).orElse(true);
        SsoConnection connection;
        if (existing.isPresent()) {
            var id = existing.get().getId();
            // Both deletes clear the persistence context: the connection is read again afterwards.
            domains.deleteByConnection(id);
            if (!existing.get().getIssuer().equals(issuer)) {
                // Subjects are unique per issuer only: another provider's subject must not inherit a link.
                links.deleteByRegistrationId(existing.get().registrationId());
            }
            connection = connections.findById(id).orElseThrow();
            connection.change(issuer, clientId, encrypted, adminGroup, change.enforced(), now);
        } else {
            connection = connections.save(new SsoConnection(organization.value(), issuer, clientId, encrypted,
                    adminGroup, change.enforced(), now));
        }
        for (var domain : wanted) {
            domains.save(new SsoEmailDomain(domain, connection.getId(), organization.value()));
        }
        connections.flush();
        audit.recordChange(AuditAction.SSO_SETTINGS_CHANGED, organization, "issuer " + issuer + ", client " + clientId
                + (secret.isEmpty() ? "" : ", new secret") + ", domains " + String.join(" ", wanted)
                + ", enforced " + change.enforced());
        if (newlyEnforced) {
            int ended = accounts.endSessionsOfOrganization(organization);
            audit.recordChange(AuditAction.SSO_ENFORCED, organization, "sessions and API tokens ended for " + ended + " people");
        }
        return view(connection);
    }

    /** Removes the organization's provider: its people sign in with passwords again (those who have one). */
    @PreAuthorize("hasAnyRole('ADMIN', 'PARTNER_ADMIN')")
    @Transactional
    public void remove(OrganizationId organization) {
        requireAccess(organization);
        var connection = connections.findByOrganizationId(organization.value())
                .orElseThrow(() -> new RuleViolation(SsoError.NOT_CONFIGURED));
        domains.deleteByConnection(connection.getId());
        links.deleteByRegistrationId(connection.registrationId());
        connections.deleteById(connection.getId());
        audit.recordChange(AuditAction.SSO_SETTINGS_REMOVED, organization, "issuer " + connection.getIssuer());
    }

    private void requireAccess(OrganizationId organization) {
        var caller = callers.require();
        boolean allowed = caller.role() == Role.ADMIN
                || (caller.role() == Role.PARTNER_ADMIN && organization.equals(caller.organizationId()));
        if (!allowed || !partners.exists(organization)) {
            throw new RuleViolation(SsoError.ORGANIZATION_NOT_FOUND);
        }
    }

    private SsoProviderSettings view(SsoConnection connection) {
        var names = domains.findByConnectionIdOrderByDomainAsc(connection.getId()).stream()
                .map(SsoEmailDomain::getDomain).toList();
        return new SsoProviderSettings(new OrganizationId(connection.getOrganizationId()), connection.registrationId(),
                connection.getIssuer(), connection.getClientId(), true, names, connection.getAdminGroup(),
                connection.isEnforced(), connection.getChangedAt());
    }

    private static String requireIssuer(@Nullable String typed) {
        var issuer = typed == null ? "" : typed.strip();
        while (issuer.endsWith("/") && issuer.length() > "https://x/".length()) {
            issuer = issuer.substring(0, issuer.length() - 1);
        }
        if (issuer.isEmpty() || issuer.length() > SsoConnection.ISSUER_MAX_LENGTH) {
            throw new RuleViolation(SsoError.ISSUER_INVALID, SsoConnection.ISSUER_MAX_LENGTH);
        }
        try {
            var uri = URI.create(issuer);
            var host = uri.getHost();
            boolean loopback = host != null && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]"));
            boolean secure = "https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && loopback);
            if (!secure || host == null || uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
                throw new RuleViolation(SsoError.ISSUER_INVALID, SsoConnection.ISSUER_MAX_LENGTH);
            }
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(SsoError.ISSUER_INVALID, SsoConnection.ISSUER_MAX_LENGTH);
        }
        return issuer;
    }

    private static List<String> requireDomains(@Nullable List<String> typed) {
        var wanted = new LinkedHashSet<String>();
        for (var domain : typed == null ? List.<String>of() : typed) {
            var normalized = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT);
            if (normalized.startsWith("@")) {
                normalized = normalized.substring(1);
            }
            if (normalized.isEmpty()) {
                continue;
            }
            if (!DOMAIN.matcher(normalized).matches()) {
                throw new RuleViolation(SsoError.DOMAIN_INVALID, normalized);
            }
            wanted.add(normalized);
        }
        if (wanted.isEmpty() || wanted.size() > SsoProviderChange.MAX_DOMAINS) {
            throw new RuleViolation(SsoError.DOMAINS_REQUIRED, SsoProviderChange.MAX_DOMAINS);
        }
        return new ArrayList<>(wanted);
    }
}
