package dev.partnerportal.escalation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The escalations (named as a collection; the public service is {@link Escalations}). */
interface EscalationRecords extends JpaRepository<Escalation, Long> {

    List<Escalation> findByOrganizationIdOrderByRaisedAtDesc(long organizationId);

    List<Escalation> findByStatusIn(Collection<EscalationStatus> statuses);

    @Query("select e from Escalation e where e.organizationId in ?1 and e.raisedAt >= ?2")
    List<Escalation> raisedSince(Collection<Long> organizationIds, java.time.Instant since);

    long countByOrganizationId(long organizationId);

    /** Records the breach staff were told of without touching the version people editing it hold. */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update Escalation e set e.breachNotice = ?2 where e.id = ?1 and e.breachNotice < ?2")
    int markBreachNotice(long id, int stage);
}
