package dev.partnerportal.deal;

/** The help a partner can ask the vendor for on a deal. */
public enum CoSellingKind {
    DEMO,
    SOLUTIONS_ENGINEER,
    EXECUTIVE_SPONSOR
}
