package dev.partnerportal.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The audit log as a collection. */
public interface AuditEntries extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findByActionOrderByIdAsc(String action);
}
