package dev.partnerportal.earlyaccess;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Participations extends JpaRepository<Participation, Long> {

    Optional<Participation> findByBetaIdAndOrganizationId(Long betaId, Long organizationId);

    List<Participation> findByBetaIdOrderByRequestedAtAscIdAsc(Long betaId);

    List<Participation> findByOrganizationIdOrderByRequestedAtDesc(Long organizationId);

    long countByBetaIdAndStatus(Long betaId, ParticipationStatus status);
}
