package dev.partnerportal.relationship;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The agreed cadences, a few lines per partner. */
interface CadenceAgreements extends JpaRepository<CadenceAgreement, Long> {

    List<CadenceAgreement> findByOrganizationIdOrderByKind(Long organizationId);

    List<CadenceAgreement> findByOrganizationIdInOrderByKind(Collection<Long> organizationIds);

    @Modifying(flushAutomatically = true)
    @Query("delete from CadenceAgreement c where c.organizationId = :organizationId")
    void deleteByOrganization(Long organizationId);
}
