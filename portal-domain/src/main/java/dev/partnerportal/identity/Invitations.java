package dev.partnerportal.identity;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.mail.Mailer;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.EmailAddresses;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.PortalLanguages;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations into a partner organization or onto the vendor's staff: an inactive account plus a one-time
 * link by mail; accepting sets the first password and activates the account.
 */
@Service
public class Invitations {

    static final Duration LIFETIME = Duration.ofDays(7);
    static final String PATH = "/invitation/";

    private final PortalUsers users;
    private final PartnerRegistry organizations;
    private final OneTimeLinks links;
    private final Mailer mailer;
    private final PasswordEncoder passwordEncoder;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Invitations(PortalUsers users, PartnerRegistry organizations, OneTimeLinks links, Mailer mailer, PasswordEncoder passwordEncoder, CallerContext callers, AuditTrail audit, Clock clock,
                ApplicationEventPublisher events) {
        this.events = events;
        this.users = users;
        this.organizations = organizations;
        this.links = links;
        this.mailer = mailer;
        this.passwordEncoder = passwordEncoder;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What an invitation page shows before the person chooses a password. The organization is null for
     * staff, who join the vendor's own team in {@code staffRole}.
     */
    public record InvitationDetails(String email, String displayName, @Nullable String organizationName, Role role) {
    }

    /**
     * Invites a person into {@code organization}. Staff who manage partners may invite into any organization;
     * a partner administrator only into their own.
     *
     * <p>A partner administrator gets the same answer whether or not the address already has an account in
     * another organization (or on the vendor's staff): then nothing is created, the owner of the address gets
     * a notice instead, and the result is empty. Only an address already in the caller's own organization,
     * which the caller can see anyway, is refused.
     *
     * @return the invited account, or empty when the address belongs to an account the caller may not see
     * @throws DuplicateAccountException when the email already has an account the caller may know about
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN')")
    @Transactional
    public Optional<UserId> invite(String email, String displayName, Role role, OrganizationId organization) {
        return invite(email, displayName, role, organization, null);
    }

    /**
     * Invites as {@link #invite(String, String, Role, OrganizationId)} does, in {@code language}: the invited
     * person's preferred language until they choose another, and the language of the invitation mail (null:
     * English; a language the portal does not speak counts as none). A notice to an existing account is written
     * in that account's own language instead.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN')")
    @Transactional
    public Optional<UserId> invite(String email, String displayName, Role role, OrganizationId organization,
                                   @Nullable Locale language) {
        var caller = callers.require();
        if (!caller.isStaff() && !organization.equals(caller.organizationId())) {
            throw new AccessDeniedException("partner administrators invite into their own organization only");
        }
        var normalized = EmailAddresses.normalize(email);
        var orgName = organizations.find(organization).orElseThrow().name();
        var existing = users.findByEmail(normalized);
        if (existing.isPresent()) {
            if (caller.isStaff() || organization.equals(existing.get().getOrganization())) {
                throw new DuplicateAccountException();
            }
            mailer.queueTemplate(normalized, existing.get().getPreferredLocale(), "invitationToExistingAccount",
                    existing.get().getDisplayName(), orgName);
            audit.record(AuditAction.INVITATION_TO_EXISTING_ACCOUNT, caller.username(), organization, normalized, null);
            return Optional.empty();
        }
        var invited = PortalUser.invited(normalized, displayName, role, organization, clock.instant());
        invited.changePreferredLocale(PortalLanguages.match(language).map(Locale::forLanguageTag).orElse(null));
        var user = users.save(invited);
        var url = links.create(user, AccountLinkPurpose.INVITATION, LIFETIME, PATH);
        mailer.queueTemplate(user.getEmail(), user.getPreferredLocale(), "invitation", user.getDisplayName(), orgName, url,
                LIFETIME.toDays());
        audit.record(AuditAction.USER_INVITED, caller.username(), organization, user.getEmail() + " as " + role, null);
        return Optional.of(user.id());
    }

    /**
     * Invites a person onto the vendor's staff as administrator, content editor or channel manager.
     *
     * @throws DuplicateAccountException when the email already has an account
     * @throws RuleViolation for a partner role, a malformed address or name
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserId inviteStaff(String email, String displayName, Role role) {
        return inviteStaff(email, displayName, role, null);
    }

    /** Invites onto the staff as {@link #inviteStaff(String, String, Role)} does, in {@code language} (null: English). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserId inviteStaff(String email, String displayName, Role role, @Nullable Locale language) {
        if (role.isPartnerRole()) {
            throw new RuleViolation(IdentityError.STAFF_ROLE_REQUIRED);
        }
        var caller = callers.require();
        var normalized = EmailAddresses.normalize(email);
        if (users.findByEmail(normalized).isPresent()) {
            throw new DuplicateAccountException();
        }
        var invited = PortalUser.invitedStaff(normalized, displayName, role, clock.instant());
        invited.changePreferredLocale(PortalLanguages.match(language).map(Locale::forLanguageTag).orElse(null));
        var user = users.save(invited);
        var url = links.create(user, AccountLinkPurpose.INVITATION, LIFETIME, PATH);
        var locale = user.getPreferredLocale();
        mailer.queueTemplate(user.getEmail(), locale, "staffInvitation", user.getDisplayName(),
                mailer.word("role." + role.name(), locale), url, LIFETIME.toDays());
        audit.record(AuditAction.USER_INVITED, caller.username(), null, user.getEmail() + " as " + role, null);
        return user.id();
    }

    /** The invitation behind a link, if the link is still usable. Open to anonymous visitors: they hold the link. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<InvitationDetails> describe(String token) {
        return links.usable(token, AccountLinkPurpose.INVITATION)
                .flatMap(link -> users.findById(link.userId()))
                .filter(PortalUser::isInvitationPending)
                .map(user -> new InvitationDetails(user.getEmail(), user.getDisplayName(),
                        Optional.ofNullable(user.getOrganization())
                                .map(id -> organizations.find(id).orElseThrow().name()).orElse(null),
                        user.getRole()));
    }

    /**
     * Accepts an invitation: sets the first password and activates the account. Open to anonymous visitors.
     *
     * @throws AccountLinkException when the link is unknown, expired or used
     * @throws RuleViolation when the password does not meet {@link PasswordPolicy}
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void accept(String token, String password) {
        if (!PasswordPolicy.acceptableLength(password)) {
            throw new RuleViolation(IdentityError.PASSWORD_LENGTH, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        }
        var link = links.usable(token, AccountLinkPurpose.INVITATION).orElseThrow(AccountLinkException::new);
        var user = users.findById(link.userId()).filter(PortalUser::isInvitationPending)
                .orElseThrow(AccountLinkException::new);
        links.redeem(link);
        user.setPasswordHash(passwordEncoder.encode(password));
        audit.record(AuditAction.INVITATION_ACCEPTED, user.getEmail(), user.getOrganization(), null, null);
        var organization = user.getOrganization();
        if (organization != null) {
            events.publishEvent(new TeamChanged(organization));
        }
    }
}
