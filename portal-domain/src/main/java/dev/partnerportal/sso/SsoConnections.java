package dev.partnerportal.sso;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SsoConnections extends JpaRepository<SsoConnection, Long> {

    Optional<SsoConnection> findByOrganizationId(long organizationId);

    List<SsoConnection> findAllByOrderByOrganizationIdAsc();
}
