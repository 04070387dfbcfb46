package dev.partnerportal.identity;

import dev.partnerportal.shared.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All user accounts. */
interface PortalUsers extends JpaRepository<PortalUser, Long> {

    Optional<PortalUser> findByEmail(String email);

    boolean existsByRole(Role role);

    long countByOrganizationId(Long organizationId);

    List<PortalUser> findByOrganizationId(Long organizationId);

    long countByOrganizationIdAndEnabledTrue(Long organizationId);

    /** Organization id and its number of enabled accounts, for those of these organizations that have any. */
    @Query("""
            select u.organizationId, count(u) from PortalUser u
            where u.organizationId in :organizations and u.enabled = true group by u.organizationId""")
    List<Object[]> countEnabledByOrganization(Collection<Long> organizations);

    /** The security version of an enabled account; empty when the account is gone or disabled. */
    @Query("select u.securityVersion from PortalUser u where u.id = :id and u.enabled = true")
    Optional<Long> findSecurityVersionOfEnabled(Long id);

    /** The vendor's own people (no organization). */
    Page<PortalUser> findByOrganizationIdIsNull(Pageable pageable);

    long countByRoleAndEnabledTrue(Role role);

    List<PortalUser> findByRoleInAndEnabledTrueOrderByDisplayNameAsc(Collection<Role> roles);

    /** Ids of accounts whose lower-cased display name or e-mail address is like {@code pattern} (escape {@code \\}). */
    @Query("select u.id from PortalUser u where lower(u.displayName) like :pattern escape '\\' or lower(u.email) like :pattern escape '\\'")
    List<Long> findIdsMatching(String pattern);
}
