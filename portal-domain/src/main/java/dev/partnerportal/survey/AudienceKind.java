package dev.partnerportal.survey;

/** Who a wave asks: every partner organization, or those in chosen tiers, regions or a chosen list. */
public enum AudienceKind {
    ALL,
    /** Values are tier codes (GOLD, ...). */
    TIERS,
    /** Values are region names as organizations carry them. */
    REGIONS,
    /** Values are organization ids. */
    ORGANIZATIONS
}
