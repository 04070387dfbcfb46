package dev.partnerportal.identity;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.shared.RuleViolation;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** A person's own account: their profile and preferences. Every method acts on the caller only. */
@Service
public class AccountService {

    private final CurrentAccount currentAccount;
    private final AuditTrail audit;
    private final PasswordEncoder passwordEncoder;
    private final SignInCapacity capacity;
    private final PasswordReplacement replacement;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;

    AccountService(CurrentAccount currentAccount, AuditTrail audit, PasswordEncoder passwordEncoder,
                   SignInCapacity capacity, PasswordReplacement replacement, PlatformTransactionManager transactions) {
        this.currentAccount = currentAccount;
        this.audit = audit;
        this.passwordEncoder = passwordEncoder;
        this.capacity = capacity;
        this.replacement = replacement;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The caller's profile. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AccountProfile myProfile() {
        return profileOf(currentAccount.requireUser());
    }

    /** Sets (or, with {@code null}, clears) the caller's preferred language and returns the new profile. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public AccountProfile changePreferredLocale(@Nullable Locale locale) {
        var user = currentAccount.requireUser();
        user.changePreferredLocale(locale);
        audit.record(AuditAction.PREFERENCES_CHANGED, user.getEmail(), user.getOrganization(),
                "language=" + (locale == null ? "browser" : locale.toLanguageTag()), null);
        return profileOf(user);
    }

    /**
     * Replaces the caller's password after checking the current one. Ends every session and API token of the
     * caller, including the one making this call, and every outstanding reset link; returns the principal
     * under the new security version, for the session making the change to keep working with.
     *
     * <p>Both hashes are computed while no transaction or connection is held; the check waits its turn like a
     * sign-in ({@link SignInCapacity}).
     *
     * @throws BadCredentialsException when {@code currentPassword} is not the caller's password
     * @throws SignInBusyException when too many passwords are being checked at this moment
     * @throws RuleViolation {@link IdentityError#PASSWORD_LENGTH} when the new password does not meet {@link PasswordPolicy}
     * @throws RuleViolation {@link IdentityError#ACCOUNT_CHANGED} when the account changed (role, password) while this ran
     */
    @PreAuthorize("isAuthenticated()")
    public PortalPrincipal changePassword(String currentPassword, String newPassword) {
        if (!PasswordPolicy.acceptableLength(newPassword)) {
            throw new RuleViolation(IdentityError.PASSWORD_LENGTH, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        }
        var before = readOnly.execute(status -> currentAccount.requireUser());
        var storedHash = before.getPasswordHash();
        boolean matches;
        try (var attempt = capacity.admit()) {
            matches = storedHash != null && currentPassword.length() <= PasswordPolicy.MAX_LENGTH
                    && attempt.check(() -> passwordEncoder.matches(currentPassword, storedHash));
        }
        if (!matches) {
            throw new BadCredentialsException("current password");
        }
        var newHash = passwordEncoder.encode(newPassword);
        var principal = transaction.execute(status -> {
            var user = currentAccount.requireUser();
            if (user.getSecurityVersion() != before.getSecurityVersion()) {
                throw new RuleViolation(IdentityError.ACCOUNT_CHANGED);
            }
            replacement.replace(user, newHash);
            audit.record(AuditAction.PASSWORD_RESET, user.getEmail(), user.getOrganization(),
                    "changed by the account holder", null);
            return new PortalPrincipal(user);
        });
        principal.eraseCredentials();
        return principal;
    }

    private static AccountProfile profileOf(PortalUser user) {
        return new AccountProfile(user.getEmail(), user.getDisplayName(), user.getRole(), user.getOrganization(),
                user.getPreferredLocale());
    }
}
