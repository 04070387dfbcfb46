package dev.partnerportal.identity;

import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.UserId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What other features know of a person's account: who they are, their role, their organization (none for
 * staff), whether they may sign in and whether their invitation is still outstanding.
 */
public record UserAccount(
        UserId id,
        String email,
        String displayName,
        Role role,
        @Nullable OrganizationId organization,
        boolean enabled,
        boolean invitationPending,
        @Nullable Locale preferredLocale) {

    /** The longest e-mail address an account may have. */
    public static final int EMAIL_MAX_LENGTH = PortalUser.EMAIL_MAX_LENGTH;

    /** The longest display name an account may have. */
    public static final int DISPLAY_NAME_MAX_LENGTH = PortalUser.DISPLAY_NAME_MAX_LENGTH;

    static UserAccount of(PortalUser user) {
        return new UserAccount(user.id(), user.getEmail(), user.getDisplayName(), user.getRole(), user.getOrganization(),
                user.isEnabled(), user.isInvitationPending(), user.getPreferredLocale());
    }

    /** True for the vendor's own people, who belong to no partner organization. */
    public boolean isStaff() {
        return organization == null;
    }
}
