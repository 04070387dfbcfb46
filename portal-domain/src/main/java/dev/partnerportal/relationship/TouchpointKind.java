package dev.partnerportal.relationship;

/** How the vendor and a partner were in touch. */
public enum TouchpointKind {
    CALL, MEETING, BUSINESS_REVIEW, WORKSHOP, EMAIL
}
