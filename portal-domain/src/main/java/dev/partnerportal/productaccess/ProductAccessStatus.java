package dev.partnerportal.productaccess;

/** Where a request stands. An approved request whose expiry date has passed is {@link #EXPIRED}. */
public enum ProductAccessStatus {
    REQUESTED, APPROVED, REJECTED, EXPIRED
}
