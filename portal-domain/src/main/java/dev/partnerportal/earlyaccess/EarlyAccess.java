package dev.partnerportal.earlyaccess;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.PartnerVisibility;
import dev.partnerportal.partner.ProgramTier;
import dev.partnerportal.shared.Caller;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.RuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Early-access programs. Administrators and channel managers open betas, invite organizations and decide on
 * applications; partner administrators apply for their own organization when it is eligible. Accepted
 * participants never exceed a beta's capacity. Partners see only their own organization's standing.
 */
@Service
public class EarlyAccess {

    private final BetaPrograms betas;
    private final Participations participations;
    private final PartnerRegistry organizations;
    private final PartnerVisibility visibility;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;

    EarlyAccess(BetaPrograms betas, Participations participations, PartnerRegistry organizations,
                PartnerVisibility visibility, CallerContext callers, AuditTrail audit, Clock clock) {
        this.betas = betas;
        this.participations = participations;
        this.organizations = organizations;
        this.visibility = visibility;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens a beta; audited. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public BetaId open(BetaDraft draft) {
        var caller = callers.require();
        var name = draft.name().strip();
        if (name.isEmpty() || name.length() > BetaDraft.NAME_MAX_LENGTH) {
            throw new RuleViolation(EarlyAccessError.NAME_REQUIRED, BetaDraft.NAME_MAX_LENGTH);
        }
        var description = draft.description().strip();
        if (description.isEmpty() || description.length() > BetaDraft.DESCRIPTION_MAX_LENGTH) {
            throw new RuleViolation(EarlyAccessError.DESCRIPTION_REQUIRED, BetaDraft.DESCRIPTION_MAX_LENGTH);
        }
        if (draft.capacity() < 1 || draft.capacity() > BetaDraft.MAX_CAPACITY) {
            throw new RuleViolation(EarlyAccessError.CAPACITY_OUT_OF_RANGE, BetaDraft.MAX_CAPACITY);
        }
        if (draft.endsOn().isBefore(draft.startsOn()) || draft.endsOn().isBefore(LocalDate.now(clock))) {
            throw new RuleViolation(EarlyAccessError.DATES_OUT_OF_ORDER);
        }
        Long tierId = null;
        if (draft.minimumTierCode() != null && !draft.minimumTierCode().isBlank()) {
            tierId = organizations.tier(draft.minimumTierCode())
                    .orElseThrow(() -> new RuleViolation(EarlyAccessError.UNKNOWN_TIER)).id();
        }
        if (betas.existsByNameIgnoreCase(name)) {
            throw new RuleViolation(EarlyAccessError.NAME_TAKEN);
        }
        var beta = betas.save(new BetaProgram(name, description, tierId, draft.partnerTypes(), draft.capacity(),
                draft.startsOn(), draft.endsOn(), caller.userId().value(), clock.instant()));
        audit.recordChange(AuditAction.BETA_OPENED, null, name + " (" + draft.capacity() + " places, "
                + draft.startsOn() + " to " + draft.endsOn() + ")");
        return beta.id();
    }

    /** Every beta, newest start first, with its participants and pending applications counted. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public List<BetaSummary> programs() {
        return betas.findAllByOrderByStartsOnDescIdDesc().stream().map(this::summary).toList();
    }

    /** One beta, for staff. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public Optional<BetaSummary> program(BetaId beta) {
        return betas.findById(beta.value()).map(this::summary);
    }

    /** The betas that have not ended, as the caller's organization sees them: eligible or not, and its standing. */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional(readOnly = true)
    public List<OpenBeta> forMyOrganization() {
        var organization = callers.require().organization().orElseThrow();
        var org = organizations.find(organization).orElseThrow();
        var today = LocalDate.now(clock);
        return betas.findAllByOrderByStartsOnDescIdDesc().stream().filter(b -> !b.endedBefore(today))
                .map(b -> new OpenBeta(summary(b), eligible(b, org),
                        participations.findByBetaIdAndOrganizationId(b.id().value(), organization.value())
                                .map(Participation::status).orElse(null)))
                .toList();
    }

    /** The partner administrator applies for their organization; staff decide later. */
    @PreAuthorize("hasRole('PARTNER_ADMIN')")
    @Transactional
    public void apply(BetaId beta) {
        var organization = callers.require().organization().orElseThrow();
        var program = betas.findById(beta.value()).orElseThrow(() -> new RuleViolation(EarlyAccessError.BETA_NOT_FOUND));
        var org = organizations.find(organization).orElseThrow();
        if (program.endedBefore(LocalDate.now(clock))) {
            throw new RuleViolation(EarlyAccessError.BETA_ENDED);
        }
        if (!eligible(program, org)) {
            throw new RuleViolation(EarlyAccessError.NOT_ELIGIBLE);
        }
        request(program, organization, ParticipationOrigin.APPLICATION);
    }

    /**
     * Staff invite an organization, which takes a place at once. Staff choose deliberately, so an invitation
     * may bring in an organization the eligibility rules would not admit; capacity still holds.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public void invite(BetaId beta, OrganizationId organization) {
        var caller = callers.require();
        var program = betas.lockById(beta.value()).orElseThrow(() -> new RuleViolation(EarlyAccessError.BETA_NOT_FOUND));
        var org = visibleOrganization(caller, organization);
        if (program.endedBefore(LocalDate.now(clock))) {
            throw new RuleViolation(EarlyAccessError.BETA_ENDED);
        }
        requireRoom(program);
        request(program, organization, ParticipationOrigin.INVITATION);
        audit.recordChange(AuditAction.BETA_INVITATION_SENT, organization, program.name() + ": " + org.name());
    }

    /** Accepts (within capacity) or declines a pending application; audited. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public void decide(long participationId, boolean accept) {
        var caller = callers.require();
        var participation = participations.findById(participationId)
                .filter(p -> visibility.allows(caller, p.organizationId()))
                .orElseThrow(() -> new RuleViolation(EarlyAccessError.BETA_NOT_FOUND));
        var program = betas.lockById(participation.betaId().value()).orElseThrow();
        if (accept && participation.status() == ParticipationStatus.APPLIED) {
            requireRoom(program);
        }
        participation.decide(accept, caller.userId(), clock.instant());
        audit.recordChange(accept ? AuditAction.BETA_APPLICATION_ACCEPTED : AuditAction.BETA_APPLICATION_DECLINED,
                participation.organizationId(), program.name());
    }

    /** The organizations that applied to, were invited to or take part in a beta, first request first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public List<Participant> participants(BetaId beta) {
        var caller = callers.require();
        return betas.findById(beta.value()).map(program -> participations.findByBetaIdOrderByRequestedAtAscIdAsc(beta.value())
                .stream().filter(p -> visibility.allows(caller, p.organizationId()))
                .map(p -> participant(p, program)).toList()).orElse(List.of());
    }

    /** The betas one organization applied to or takes part in, newest first; empty when the caller may not see it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Participant> participationOf(OrganizationId organization) {
        var caller = callers.require();
        if (!caller.mayAccess(organization) || !visibility.allows(caller, organization)) {
            return List.of();
        }
        return participations.findByOrganizationIdOrderByRequestedAtDesc(organization.value()).stream()
                .map(p -> participant(p, betas.findById(p.betaId().value()).orElseThrow())).toList();
    }

    private void request(BetaProgram program, OrganizationId organization, ParticipationOrigin origin) {
        if (participations.findByBetaIdAndOrganizationId(program.id().value(), organization.value()).isPresent()) {
            throw new RuleViolation(EarlyAccessError.ALREADY_REQUESTED);
        }
        participations.save(new Participation(program.id(), organization, origin, callers.require().userId(), clock.instant()));
    }

    private void requireRoom(BetaProgram program) {
        if (participations.countByBetaIdAndStatus(program.id().value(), ParticipationStatus.ACCEPTED) >= program.capacity()) {
            throw new RuleViolation(EarlyAccessError.FULL, program.capacity());
        }
    }

    private OrganizationSummary visibleOrganization(Caller caller, OrganizationId organization) {
        return organizations.find(organization).filter(o -> visibility.allows(caller, organization))
                .orElseThrow(() -> new RuleViolation(EarlyAccessError.ORGANIZATION_NOT_FOUND));
    }

    private boolean eligible(BetaProgram program, OrganizationSummary org) {
        var minimumRank = program.minimumTierId() == null ? null
                : organizations.tier(program.minimumTierId()).map(ProgramTier::rank).orElse(null);
        return program.admits(org.type(), org.tierRank(), minimumRank);
    }

    private BetaSummary summary(BetaProgram b) {
        var tierName = b.minimumTierId() == null ? null : organizations.tier(b.minimumTierId()).map(ProgramTier::name).orElse(null);
        return new BetaSummary(b.id(), b.name(), b.description(), tierName, b.partnerTypes(), b.capacity(), b.startsOn(),
                b.endsOn(), participations.countByBetaIdAndStatus(b.id().value(), ParticipationStatus.ACCEPTED),
                participations.countByBetaIdAndStatus(b.id().value(), ParticipationStatus.APPLIED));
    }

    private Participant participant(Participation p, BetaProgram program) {
        var name = organizations.find(p.organizationId()).map(OrganizationSummary::name).orElse("");
        return new Participant(p.id(), program.id(), program.name(), p.organizationId(), name, p.status(), p.origin(),
                p.requestedAt());
    }
}
