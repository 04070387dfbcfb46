package dev.partnerportal.mdf;

/** A fund request waits for a decision; approval reserves its cost on the allocation. */
public enum FundRequestStatus {
    SUBMITTED, APPROVED, REJECTED
}
