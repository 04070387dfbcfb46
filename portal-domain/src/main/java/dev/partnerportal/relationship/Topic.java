package dev.partnerportal.relationship;

/** What a touchpoint was about; a partnership talks strategy, not only renewals. */
public enum Topic {
    STRATEGY, PIPELINE, PRODUCT_FEEDBACK, ENABLEMENT, RENEWAL
}
