package dev.partnerportal.recruitment;

/** Where an application stands. */
public enum ApplicationStatus {
    SUBMITTED, APPROVED, REJECTED
}
