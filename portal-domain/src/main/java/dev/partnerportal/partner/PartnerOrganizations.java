package dev.partnerportal.partner;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** All partner organizations. Used by services in this module only; views go through {@link PartnerDirectory}. */
interface PartnerOrganizations extends JpaRepository<PartnerOrganization, Long> {

    Optional<PartnerOrganization> findByName(String name);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from PartnerOrganization o where o.id = :id")
    Optional<PartnerOrganization> lockById(long id);

    List<PartnerOrganization> findByPartnerManagerId(Long partnerManagerId);

    @Query("""
            select new dev.partnerportal.partner.OrganizationSummary(
                o.id, o.name, o.type, o.region, o.status, t.code, t.name, t.rank)
            from PartnerOrganization o join o.tier t
            where o.id = :id""")
    Optional<OrganizationSummary> findSummary(long id);

    @Query("""
            select new dev.partnerportal.partner.OrganizationSummary(
                o.id, o.name, o.type, o.region, o.status, t.code, t.name, t.rank)
            from PartnerOrganization o join o.tier t
            where o.id in :ids""")
    List<OrganizationSummary> findSummaries(java.util.Collection<Long> ids);

    /** Organization id and partner manager id of those of these organizations that have a manager. */
    @Query("select o.id, o.partnerManagerId from PartnerOrganization o where o.id in :ids and o.partnerManagerId is not null")
    List<Object[]> findPartnerManagers(java.util.Collection<Long> ids);

    /** The row's optimistic-lock version: raised by every change to the organization (tier, profile, ...). */
    @Query("select o.version from PartnerOrganization o where o.id = :id")
    Optional<Long> findVersion(long id);

    @Query(value = """
            select new dev.partnerportal.partner.OrganizationSummary(
                o.id, o.name, o.type, o.region, o.status, t.code, t.name, t.rank)
            from PartnerOrganization o join o.tier t""",
            countQuery = "select count(o) from PartnerOrganization o")
    Page<OrganizationSummary> findSummaries(Pageable pageable);

    @Query(value = """
            select new dev.partnerportal.partner.OrganizationSummary(
                o.id, o.name, o.type, o.region, o.status, t.code, t.name, t.rank)
            from PartnerOrganization o join o.tier t
            where o.partnerManagerId = :managerId""",
            countQuery = "select count(o) from PartnerOrganization o where o.partnerManagerId = :managerId")
    Page<OrganizationSummary> findSummariesManagedBy(long managerId, Pageable pageable);
}
