package dev.partnerportal.earlyaccess;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Participations extends JpaRepository<Participation, Long> {

    Optional<Participation> findByBetaIdAndOrganizationId(Long betaId, Long organizationId);

    List<Participation> findByBetaIdOrderByRequestedAtAscIdAsc(Long betaId);

    List<Participation> findByOrganizationIdOrderByRequestedAtDesc(Long organizationId);

    long countByBetaIdAndStatus(Long betaId, ParticipationStatus status);

    /** Organization id and how many betas running on {@code day} it takes part in, for those that take part in any. */
    @org.springframework.data.jpa.repository.Query("""
            select p.organizationId, count(p) from Participation p, BetaProgram b
            where b.id = p.betaId and p.organizationId in :organizations and p.status = :accepted
              and b.startsOn <= :day and b.endsOn >= :day
            group by p.organizationId""")
    List<Object[]> countRunning(java.util.Collection<Long> organizations, ParticipationStatus accepted,
                                java.time.LocalDate day);
}
