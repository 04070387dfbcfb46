package dev.partnerportal.plan;

/** A commitment is open until it is done or both sides agree to drop it. */
public enum CommitmentStatus {
    OPEN,
    DONE,
    DROPPED
}
