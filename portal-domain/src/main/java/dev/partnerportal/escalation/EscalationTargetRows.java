package dev.partnerportal.escalation;

import org.springframework.data.jpa.repository.JpaRepository;

interface EscalationTargetRows extends JpaRepository<EscalationTargetRow, EscalationSeverity> {
}
