package dev.partnerportal.relationship;

/** What a vendor contact does for a partner; each function has at most one named person per partner. */
public enum VendorFunction {
    SALES, SOLUTIONS_ENGINEERING, SUPPORT, MARKETING, EXECUTIVE_SPONSOR
}
