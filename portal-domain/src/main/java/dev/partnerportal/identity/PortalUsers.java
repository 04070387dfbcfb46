package dev.partnerportal.identity;

import dev.partnerportal.shared.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All user accounts. */
public interface PortalUsers extends JpaRepository<PortalUser, Long> {

    Optional<PortalUser> findByEmail(String email);

    boolean existsByRole(Role role);

    long countByOrganizationId(Long organizationId);

    List<PortalUser> findByOrganizationId(Long organizationId);

    long countByOrganizationIdAndEnabledTrue(Long organizationId);
}
