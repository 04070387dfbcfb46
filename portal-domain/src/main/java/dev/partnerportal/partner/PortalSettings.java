package dev.partnerportal.partner;

import org.springframework.data.jpa.repository.JpaRepository;

/** Settings changed at run time, by name. */
interface PortalSettings extends JpaRepository<PortalSetting, String> {
}
