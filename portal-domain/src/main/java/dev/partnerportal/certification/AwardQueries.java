package dev.partnerportal.certification;

import dev.partnerportal.identity.PortalUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * The staff filters as a query, so that the database filters and pages. A status is a condition on the
 * dates and the revocation, the same rules as {@link CertificationStatus#on}.
 */
final class AwardQueries {

    private AwardQueries() {
    }

    static Specification<CertificationAward> matching(CertificationFilter filter, @org.jspecify.annotations.Nullable Long definitionId,
                                                      LocalDate today) {
        var conditions = new ArrayList<Specification<CertificationAward>>();
        if (filter.certificationCode() != null) {
            conditions.add((root, query, cb) -> definitionId == null ? cb.disjunction() : cb.equal(root.get("definitionId"), definitionId));
        }
        if (filter.organizationId() != null) {
            conditions.add((root, query, cb) -> cb.equal(root.get("organizationId"), filter.organizationId()));
        }
        if (filter.holder() != null && !filter.holder().isBlank()) {
            var pattern = "%" + filter.holder().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            conditions.add((root, query, cb) -> {
                var people = query.subquery(Long.class);
                var user = people.from(PortalUser.class);
                people.select(user.get("id")).where(cb.or(cb.like(cb.lower(user.get("displayName")), pattern, '\\'),
                        cb.like(cb.lower(user.get("email")), pattern, '\\')));
                return root.get("userId").in(people);
            });
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
