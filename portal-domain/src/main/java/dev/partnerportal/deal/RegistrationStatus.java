package dev.partnerportal.deal;

/** The channel manager's decision on a registration. Partners see {@link #SUBMITTED} as "under review". */
public enum RegistrationStatus {
    SUBMITTED,
    APPROVED,
    REJECTED
}
