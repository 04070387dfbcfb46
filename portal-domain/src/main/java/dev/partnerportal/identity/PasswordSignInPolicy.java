package dev.partnerportal.identity;

import dev.partnerportal.shared.OrganizationId;

/**
 * Whether the people of an organization may still sign in with a password. Another feature (single sign-on)
 * implements it; without an implementation every account may.
 */
public interface PasswordSignInPolicy {

    /** False when the organization requires its people to sign in through its identity provider. */
    boolean allowsPassword(OrganizationId organization);
}
