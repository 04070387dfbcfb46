package dev.partnerportal.escalation;

import org.springframework.data.jpa.repository.JpaRepository;

interface EscalationCalendarRows extends JpaRepository<EscalationCalendarRow, Integer> {
}
