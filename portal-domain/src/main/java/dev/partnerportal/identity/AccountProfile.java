package dev.partnerportal.identity;

import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What a person sees about their own account. */
public record AccountProfile(
        String email,
        String displayName,
        Role role,
        @Nullable OrganizationId organization,
        @Nullable Locale preferredLocale) {
}
