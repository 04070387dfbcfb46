package dev.partnerportal.onboarding;

/** Who has to act on a step: the partner, or their manager on the vendor side. */
public enum StepOwner {
    PARTNER, PARTNER_MANAGER
}
