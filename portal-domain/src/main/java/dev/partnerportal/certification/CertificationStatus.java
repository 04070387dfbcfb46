package dev.partnerportal.certification;

import java.time.LocalDate;

/** Where an award stands on a given day. */
public enum CertificationStatus {
    /** Valid and not yet in the renewal window. */
    ACTIVE,
    /** Still valid, but within {@link #RENEWAL_WINDOW_DAYS} days of expiry: the holder may renew. */
    EXPIRING,
    /** The expiry date has passed. */
    EXPIRED,
    /** Withdrawn by staff, with a reason. */
    REVOKED;

    /** Days before expiry in which an award counts as expiring and the renewal quiz opens; also the first reminder. */
    public static final int RENEWAL_WINDOW_DAYS = 60;

    static CertificationStatus on(LocalDate today, LocalDate expiresOn, boolean revoked) {
        if (revoked) {
            return REVOKED;
        }
        if (today.isAfter(expiresOn)) {
            return EXPIRED;
        }
        return today.isBefore(expiresOn.minusDays(RENEWAL_WINDOW_DAYS)) ? ACTIVE : EXPIRING;
    }

    /** True while the award proves the holder's knowledge (active or expiring). */
    public boolean valid() {
        return this == ACTIVE || this == EXPIRING;
    }
}
