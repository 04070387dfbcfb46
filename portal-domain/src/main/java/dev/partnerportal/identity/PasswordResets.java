package dev.partnerportal.identity;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.mail.Mailer;
import dev.partnerportal.shared.EmailAddresses;
import dev.partnerportal.shared.RuleViolation;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password reset by one-time link. Asking never reveals whether an account exists: the answer is always
 * the same, and a link goes out only to an active account, at most once every few minutes.
 */
@Service
public class PasswordResets {

    static final Duration LIFETIME = Duration.ofMinutes(60);
    static final Duration MIN_INTERVAL = Duration.ofMinutes(5);
    static final String PATH = "/reset-password/";

    private final PortalUsers users;
    private final OneTimeLinks links;
    private final AccountLinks storedLinks;
    private final Mailer mailer;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final PasswordReplacement replacement;
    private final TransactionTemplate transaction;

    PasswordResets(PortalUsers users, OneTimeLinks links, AccountLinks storedLinks, Mailer mailer,
                   PasswordEncoder passwordEncoder, AuditTrail audit, Clock clock, PasswordReplacement replacement,
                   PlatformTransactionManager transactions) {
        this.replacement = replacement;
        this.transaction = new TransactionTemplate(transactions);
        this.users = users;
        this.links = links;
        this.storedLinks = storedLinks;
        this.mailer = mailer;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sends a reset link if {@code typedEmail} belongs to an active account. Open to anonymous visitors. */
    @PreAuthorize("permitAll()")
    @Transactional
    public void request(String typedEmail) {
        users.findByEmail(EmailAddresses.loginKey(typedEmail))
                .filter(PortalUser::isEnabled)
                .filter(user -> storedLinks.findFirstByUserIdAndPurposeOrderByCreatedAtDesc(user.id().value(),
                                AccountLinkPurpose.PASSWORD_RESET)
                        .map(last -> last.createdAt().plus(MIN_INTERVAL).isBefore(clock.instant()))
                        .orElse(true))
                .ifPresent(user -> {
                    var url = links.create(user, AccountLinkPurpose.PASSWORD_RESET, LIFETIME, PATH);
                    mailer.queueTemplate(user.getEmail(), user.getPreferredLocale(), "passwordReset", user.getDisplayName(), url,
                            LIFETIME.toMinutes());
                    audit.record(AuditAction.PASSWORD_RESET_REQUESTED, user.getEmail(), user.getOrganization(), null, null);
                });
    }

    /** True while a reset link can still be used. Open to anonymous visitors: they hold the link. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean isUsable(String token) {
        return links.usable(token, AccountLinkPurpose.PASSWORD_RESET).isPresent();
    }

    /**
     * Sets a new password with a reset link, once: of two parallel uses of one link exactly one succeeds. Ends
     * every session and API token of the person and every other reset link they still hold. Open to anonymous
     * visitors.
     *
     * <p>Not one transaction: the link is checked in a short read, the password hashed while no connection is
     * held, and the link used up and the hash stored in a second short transaction.
     *
     * @throws AccountLinkException when the link is unknown, expired or used
     * @throws RuleViolation when the password does not meet {@link PasswordPolicy}
     */
    @PreAuthorize("permitAll()")
    public void reset(String token, String password) {
        if (!PasswordPolicy.acceptableLength(password)) {
            throw new RuleViolation(IdentityError.PASSWORD_LENGTH, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        }
        if (!isUsable(token)) {
            throw new AccountLinkException();
        }
        var hash = passwordEncoder.encode(password);
        transaction.executeWithoutResult(status -> {
            var link = links.usable(token, AccountLinkPurpose.PASSWORD_RESET).orElseThrow(AccountLinkException::new);
            links.redeem(link);
            var user = users.findById(link.userId()).filter(PortalUser::isEnabled).orElseThrow(AccountLinkException::new);
            replacement.replace(user, hash);
            audit.record(AuditAction.PASSWORD_RESET, user.getEmail(), user.getOrganization(), null, null);
        });
    }
}
