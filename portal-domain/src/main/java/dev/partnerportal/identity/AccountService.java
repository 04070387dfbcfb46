package dev.partnerportal.identity;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's own account: their profile and preferences. Every method acts on the caller only. */
@Service
public class AccountService {

    private final CurrentAccount currentAccount;
    private final AuditTrail audit;

    AccountService(CurrentAccount currentAccount, AuditTrail audit) {
        this.currentAccount = currentAccount;
        this.audit = audit;
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

    private static AccountProfile profileOf(PortalUser user) {
        return new AccountProfile(user.getEmail(), user.getDisplayName(), user.getRole(), user.getOrganization(),
                user.getPreferredLocale());
    }
}
