package dev.partnerportal.certification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An expiry reminder shown in the portal: {@code daysBefore} is the stage (60, 30 or 7 days before expiry,
 * 0 once expired).
 */
public record ExpiryReminder(CertificationAwardId award, String certificationName, LocalDate expiresOn, int daysBefore,
                             Instant sentAt) {
}
