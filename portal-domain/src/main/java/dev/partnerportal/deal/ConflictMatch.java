package dev.partnerportal.deal;

/** Why two registrations are taken for the same customer. */
public enum ConflictMatch {
    /** The same registrable web domain. */
    DOMAIN,
    /** A close match of the company name without legal suffix, accents, case and punctuation. */
    NAME
}
