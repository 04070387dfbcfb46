package dev.partnerportal.relationship;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The agreed escalation paths, one ordered list of steps per partner. */
interface EscalationPaths extends JpaRepository<EscalationPathStep, Long> {

    List<EscalationPathStep> findByOrganizationIdOrderByPosition(Long organizationId);

    List<EscalationPathStep> findByOrganizationIdInOrderByPosition(java.util.Collection<Long> organizationIds);

    @Modifying(flushAutomatically = true)
    @Query("delete from EscalationPathStep s where s.organizationId = :organizationId")
    void deleteByOrganization(Long organizationId);
}
