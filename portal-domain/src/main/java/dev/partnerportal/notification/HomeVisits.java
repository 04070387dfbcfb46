package dev.partnerportal.notification;

import org.springframework.data.jpa.repository.JpaRepository;

/** Last home visits as a collection. */
interface HomeVisits extends JpaRepository<HomeVisit, Long> {
}
