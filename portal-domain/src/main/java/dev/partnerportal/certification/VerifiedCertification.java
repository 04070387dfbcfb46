package dev.partnerportal.certification;

import java.time.LocalDate;

/**
 * Everything the public verification page may show about an award, and nothing more: no email, no ids,
 * no revocation reason.
 */
public record VerifiedCertification(String holderName, String organizationName, String certificationName,
                                    LocalDate issuedOn, LocalDate expiresOn, CertificationStatus status) {
}
