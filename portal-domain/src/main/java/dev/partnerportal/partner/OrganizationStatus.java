package dev.partnerportal.partner;

/** Where an organization stands in the program: applied, active, or suspended. */
public enum OrganizationStatus {
    APPLICANT, ACTIVE, SUSPENDED
}
