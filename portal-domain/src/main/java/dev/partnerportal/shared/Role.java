package dev.partnerportal.shared;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person may do in the portal. Vendor staff roles belong to no organization;
 * partner roles belong to exactly one.
 */
public enum Role {
    ADMIN,
    CONTENT_EDITOR,
    CHANNEL_MANAGER,
    PARTNER_ADMIN,
    PARTNER_USER;

    /** Role names as used in {@code @RolesAllowed} and {@code hasRole(...)}. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String CONTENT_EDITOR = "CONTENT_EDITOR";
        public static final String CHANNEL_MANAGER = "CHANNEL_MANAGER";
        public static final String PARTNER_ADMIN = "PARTNER_ADMIN";
        public static final String PARTNER_USER = "PARTNER_USER";

        private Names() {
        }
    }

    public static final Set<Role> STAFF = EnumSet.of(ADMIN, CONTENT_EDITOR, CHANNEL_MANAGER);
    public static final Set<Role> PARTNER = EnumSet.of(PARTNER_ADMIN, PARTNER_USER);

    public boolean isPartnerRole() {
        return PARTNER.contains(this);
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
