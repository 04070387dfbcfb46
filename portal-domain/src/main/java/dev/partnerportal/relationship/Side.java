package dev.partnerportal.relationship;

/** Which side of the relationship owns a next step. */
public enum Side {
    VENDOR, PARTNER
}
