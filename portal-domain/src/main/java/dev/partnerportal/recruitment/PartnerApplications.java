package dev.partnerportal.recruitment;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** All applications. */
interface PartnerApplications extends JpaRepository<PartnerApplication, Long> {

    Page<PartnerApplication> findByStatus(ApplicationStatus status, Pageable pageable);
}
