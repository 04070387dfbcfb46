package dev.partnerportal.certification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;

/**
 * The staff filters as a query, so that the database filters and pages. A status is a condition on the
 * dates and the revocation, the same rules as {@link CertificationStatus#on}.
 */
final class AwardQueries {

    private AwardQueries() {
    }

    /** {@code holderIds} are the accounts matching the filter's holder text (see {@code UserAccounts#idsMatching}). */
    static Specification<CertificationAward> matching(CertificationFilter filter, @org.jspecify.annotations.Nullable Long definitionId,
                                                      @org.jspecify.annotations.Nullable Set<Long> holderIds, LocalDate today) {
        var conditions = new ArrayList<Specification<CertificationAward>>();
        if (filter.certificationCode() != null) {
            conditions.add((root, query, cb) -> definitionId == null ? cb.disjunction() : cb.equal(root.get("definitionId"), definitionId));
        }
        if (filter.organizationId() != null) {
            conditions.add((root, query, cb) -> cb.equal(root.get("organizationId"), filter.organizationId()));
        }
        if (filter.holder() != null && !filter.holder().isBlank()) {
            var people = holderIds == null ? Set.<Long>of() : holderIds;
            conditions.add((root, query, cb) -> people.isEmpty() ? cb.disjunction() : root.get("userId").in(people));
        }
        if (filter.status() != null) {
            var renewalWindowStart = today.plusDays(CertificationStatus.RENEWAL_WINDOW_DAYS);
            conditions.add((root, query, cb) -> switch (filter.status()) {
                case REVOKED -> cb.isNotNull(root.get("revokedAt"));
                case EXPIRED -> cb.and(cb.isNull(root.get("revokedAt")), cb.lessThan(root.get("expiresOn"), today));
                case EXPIRING -> cb.and(cb.isNull(root.get("revokedAt")), cb.greaterThanOrEqualTo(root.get("expiresOn"), today),
                        cb.lessThanOrEqualTo(root.get("expiresOn"), renewalWindowStart));
                case ACTIVE -> cb.and(cb.isNull(root.get("revokedAt")), cb.greaterThan(root.get("expiresOn"), renewalWindowStart));
            });
        }
        return Specification.allOf(conditions);
    }
}
