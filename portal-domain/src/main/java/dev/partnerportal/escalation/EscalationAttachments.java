package dev.partnerportal.escalation;

import org.springframework.data.jpa.repository.JpaRepository;

interface EscalationAttachments extends JpaRepository<EscalationAttachment, Long> {
}
