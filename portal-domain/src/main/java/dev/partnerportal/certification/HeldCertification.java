package dev.partnerportal.certification;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One award as its holder, their partner administrator or staff see it. */
public record HeldCertification(
        CertificationAwardId id,
        Certification certification,
        long holderId,
        String holderName,
        String holderEmail,
        long organizationId,
        String organizationName,
        String verificationCode,
        LocalDate issuedOn,
        LocalDate expiresOn,
        Instant awardedAt,
        CertificationStatus status,
        @Nullable String revokedReason) {

    /** True when the holder may take the renewal quiz now. */
    public boolean renewable() {
        return status == CertificationStatus.EXPIRING;
    }
}
