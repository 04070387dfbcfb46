package dev.partnerportal.tier;

/** What a tier can require. */
public enum RequirementKind {
    /** Every step of the organization's onboarding journey is done. */
    ONBOARDING_COMPLETE,
    /** At least {@code minimum} people of the organization have active accounts. */
    ACTIVE_MEMBERS,
    /** At least {@code minimum} people with active accounts hold a valid award of the named certification. */
    CERTIFIED_MEMBERS,
    /** At least {@code minimum} deals marked won within the deal period (portal.tiers.deal-period-days). */
    DEALS_WON,
    /** Deals won within the deal period for at least {@code minimum} whole units of {@code dealCurrency}. */
    DEALS_WON_AMOUNT
}
