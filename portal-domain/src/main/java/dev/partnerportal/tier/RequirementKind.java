package dev.partnerportal.tier;

/**
 * What a tier can require. Certification-based requirements (a number of people holding a given
 * certification) join when certifications exist.
 */
public enum RequirementKind {
    /** Every step of the organization's onboarding journey is done. */
    ONBOARDING_COMPLETE,
    /** At least {@code minimum} people of the organization have active accounts. */
    ACTIVE_MEMBERS
}
