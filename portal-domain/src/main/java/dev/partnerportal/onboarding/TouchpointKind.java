package dev.partnerportal.onboarding;

/** How a partner manager was in touch with a partner. */
public enum TouchpointKind {
    CALL, QUARTERLY_REVIEW, MEETING, EMAIL
}
