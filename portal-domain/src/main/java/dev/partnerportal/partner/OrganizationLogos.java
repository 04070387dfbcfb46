package dev.partnerportal.partner;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganizationLogos extends JpaRepository<OrganizationLogo, Long> {
}
