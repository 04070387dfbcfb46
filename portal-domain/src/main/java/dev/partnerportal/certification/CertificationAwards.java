package dev.partnerportal.certification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface CertificationAwards extends JpaRepository<CertificationAward, Long>, JpaSpecificationExecutor<CertificationAward> {

    Optional<CertificationAward> findByVerificationCode(String verificationCode);

    List<CertificationAward> findByUserIdOrderByAwardedAtDescIdDesc(Long userId);

    List<CertificationAward> findByOrganizationIdOrderByAwardedAtDescIdDesc(Long organizationId);

    List<CertificationAward> findByUserIdAndDefinitionIdOrderByAwardedAtDescIdDesc(Long userId, Long definitionId);

    /** Awards that may still need a reminder: not revoked, and expired no longer than a week before {@code since}. */
    @Query("select a from CertificationAward a where a.revokedAt is null and a.expiresOn >= :since order by a.id")
    List<CertificationAward> findUnrevokedExpiringAfter(LocalDate since);

    /** People of an organization, with enabled accounts, who hold a valid award of the certification. */
    @Query("""
            select count(distinct a.userId) from CertificationAward a, PortalUser u, CertificationDefinition d
            where u.id = a.userId and u.enabled = true and d.id = a.definitionId and d.code = :code
              and a.organizationId = :organization and a.revokedAt is null and a.expiresOn >= :today""")
    long countHolders(Long organization, String code, LocalDate today);

    /**
     * Organization id and how many of its people, with enabled accounts, hold at least one valid award of any
     * certification, for those of these organizations that have any.
     */
    @Query("""
            select a.organizationId, count(distinct a.userId) from CertificationAward a, PortalUser u
            where u.id = a.userId and u.enabled = true
              and a.organizationId in :organizations and a.revokedAt is null and a.expiresOn >= :today
            group by a.organizationId""")
    List<Object[]> countCertifiedPeople(java.util.Collection<Long> organizations, LocalDate today);
}
