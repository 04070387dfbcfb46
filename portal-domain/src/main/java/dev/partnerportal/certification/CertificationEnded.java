package dev.partnerportal.certification;

import dev.partnerportal.shared.OrganizationId;

/** An award stopped counting: it expired or was revoked ({@code why} says which). */
public record CertificationEnded(CertificationAwardId award, OrganizationId organization, String certificationCode,
                                 CertificationStatus why) {
}
