package dev.partnerportal.certification;

import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;

/** A person earned (or renewed) a certification. Published after commit to whoever counts certified people. */
public record CertificationAwarded(CertificationAwardId award, OrganizationId organization, UserId holder,
                                   String certificationCode) {
}
