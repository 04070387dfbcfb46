package dev.partnerportal.certification;

import org.jspecify.annotations.Nullable;

/** Filters for the staff list of all awards; null means "any". {@code holder} matches name or email, case-insensitively. */
public record CertificationFilter(@Nullable String certificationCode, @Nullable CertificationStatus status,
                                  @Nullable Long organizationId, @Nullable String holder) {

    public static final CertificationFilter ANY = new CertificationFilter(null, null, null, null);
}
