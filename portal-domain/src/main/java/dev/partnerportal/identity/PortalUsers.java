package dev.partnerportal.identity;

import dev.partnerportal.shared.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** All user accounts. */
public interface PortalUsers extends JpaRepository<PortalUser, Long> {

    Optional<PortalUser> findByEmail(String email);

    boolean existsByRole(Role role);

    long countByOrganizationId(Long organizationId);

    List<PortalUser> findByOrganizationId(Long organizationId);

    long countByOrganizationIdAndEnabledTrue(Long organizationId);

    /** The vendor's own people (no organization). */
    Page<PortalUser> findByOrganizationIdIsNull(Pageable pageable);

    long countByRoleAndEnabledTrue(Role role);

    List<PortalUser> findByRoleInAndEnabledTrueOrderByDisplayNameAsc(Collection<Role> roles);
}
