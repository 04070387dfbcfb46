package dev.partnerportal.earlyaccess;

import dev.partnerportal.shared.OrganizationId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Beta participation for other features' services (product feedback tags a submission to a beta, health reads
 * participation). It checks no caller: whoever uses it has authorized the work already. Views use
 * {@link EarlyAccess}.
 */
@Component
@Transactional(readOnly = true)
public class BetaParticipants {

    private final BetaPrograms betas;
    private final Participations participations;

    BetaParticipants(BetaPrograms betas, Participations participations) {
        this.betas = betas;
        this.participations = participations;
    }

    /** True when the organization's place in the beta was accepted. */
    public boolean takesPart(OrganizationId organization, BetaId beta) {
        return participations.findByBetaIdAndOrganizationId(beta.value(), organization.value())
                .filter(p -> p.status() == ParticipationStatus.ACCEPTED).isPresent();
    }

    /**
     * How many betas running on {@code day} (started, not ended) each of these organizations takes part in
     * (absent: none), in one query.
     */
    public Map<OrganizationId, Long> runningBetas(Collection<OrganizationId> organizations,
                                                           LocalDate day) {
        if (organizations.isEmpty()) {
            return Map.of();
        }
        var counts = new HashMap<OrganizationId, Long>();
        participations.countRunning(organizations.stream().map(OrganizationId::value).toList(),
                        ParticipationStatus.ACCEPTED, day)
                .forEach(row -> counts.put(new OrganizationId((Long) row[0]), (Long) row[1]));
        return counts;
    }

    /** The beta's name, if it exists. */
    public Optional<String> name(BetaId beta) {
        return betas.findById(beta.value()).map(BetaProgram::name);
    }

    /** The beta with this name, if there is one (demo data refers to betas by name). */
    public Optional<BetaId> findByName(String name) {
        return betas.findAll().stream().filter(b -> b.name().equals(name)).findFirst().map(BetaProgram::id);
    }
}
