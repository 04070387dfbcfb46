package dev.partnerportal.health;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every organization's snapshots. */
interface HealthSnapshots extends JpaRepository<HealthSnapshot, Long> {

    Optional<HealthSnapshot> findByOrganizationIdAndTakenOn(long organizationId, LocalDate takenOn);

    List<HealthSnapshot> findByOrganizationIdOrderByTakenOnDesc(long organizationId, Limit limit);

    long countByOrganizationId(long organizationId);
}
