package dev.partnerportal.content;

import org.springframework.data.jpa.repository.JpaRepository;

/** Last library visits per person. */
interface ContentVisits extends JpaRepository<ContentVisit, Long> {
}
