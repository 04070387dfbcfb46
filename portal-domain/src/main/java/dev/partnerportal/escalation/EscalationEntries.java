package dev.partnerportal.escalation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EscalationEntries extends JpaRepository<EscalationEntry, Long> {

    List<EscalationEntry> findByEscalationIdOrderByAtAscIdAsc(long escalationId);
}
