package dev.partnerportal.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The audit log as a collection. */
interface AuditEntries extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    List<AuditEntry> findByActionOrderByIdAsc(String action);

    /** Organization id and how many different people of it signed in successfully since {@code since}. */
    @Query("""
            select e.organizationId, count(distinct e.actor) from AuditEntry e
            where e.organizationId in :organizations and e.action = 'LOGIN_SUCCEEDED' and e.occurredAt >= :since
            group by e.organizationId""")
    List<Object[]> countPeopleSignedIn(java.util.Collection<Long> organizations, Instant since);
}
