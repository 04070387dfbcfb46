package dev.partnerportal.plan;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.shared.Caller;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.RuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 12-week commitments of both sides of the current plan. Each side adds and closes its own; people of a
 * side check in on its commitments. A commitment still open after its due week is overdue, and shows on both
 * sides' home pages.
 */
@Service
public class PlanCommitments {

    private final Plans plans;
    private final Commitments commitments;
    private final CheckIns checkIns;
    private final PlanAccess access;
    private final UserAccounts users;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;

    PlanCommitments(Plans plans, Commitments commitments, CheckIns checkIns, PlanAccess access, UserAccounts users,
                    CallerContext callers, AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.commitments = commitments;
        this.checkIns = checkIns;
        this.access = access;
        this.users = users;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Adds a commitment of the caller's side to the organization's current plan.
     *
     * @throws RuleViolation when there is no plan the caller may see, the due week is outside the period, or the
     *                       owner's account is not a person of the caller's side
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN')")
    @Transactional
    public PlanCommitment add(OrganizationId organization, NewCommitment commitment) {
        var caller = callers.require();
        var plan = currentPlan(caller, organization);
        var side = PlanSide.editableBy(caller).orElseThrow();
        var ownerName = commitment.ownerName();
        if (commitment.ownerAccount() != null) {
            var owner = users.find(commitment.ownerAccount())
                    .filter(account -> side == PlanSide.VENDOR ? account.isStaff() : organization.equals(account.organization()))
                    .orElseThrow(() -> new RuleViolation(PlanError.OWNER_NOT_ON_SIDE));
            ownerName = ownerName.isEmpty() ? owner.displayName() : ownerName;
        }
        var saved = commitments.saveAndFlush(new Commitment(plan, side, commitment.description(), ownerName,
                commitment.ownerAccount() == null ? null : commitment.ownerAccount().value(), commitment.dueWeek(),
                clock.instant()));
        audit.recordChange(AuditAction.PLAN_COMMITMENT_ADDED, organization,
                side + " week " + saved.getDueWeek() + ": " + saved.getDescription());
        return toRecord(plan, saved, today());
    }

    /**
     * Records progress (0 to 100; 100 marks it done) with a note, by a person of the commitment's side.
     *
     * @throws RuleViolation when the commitment is not one the caller may see, belongs to the other side, is
     *                       closed, or the progress or note is out of range
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public PlanCommitment checkIn(OrganizationId organization, long commitmentId, int progress, String note) {
        var caller = callers.require();
        var plan = currentPlan(caller, organization);
        var commitment = commitmentOf(plan, commitmentId);
        if (commitment.getSide() != PlanSide.of(caller)) {
            throw new RuleViolation(PlanError.OTHER_SIDE, commitment.getSide());
        }
        if (note.isBlank() || note.strip().length() > CommitmentCheckIn.NOTE_MAX_LENGTH) {
            throw new RuleViolation(PlanError.NOTE_REQUIRED, CommitmentCheckIn.NOTE_MAX_LENGTH);
        }
        commitment.checkIn(progress, today());
        checkIns.save(new CheckIn(commitment.getId(), progress, note.strip(), caller.username(), clock.instant()));
        commitments.flush();
        audit.recordChange(AuditAction.PLAN_COMMITMENT_CHECKED_IN, organization,
                "#" + commitment.getId() + " " + progress + "%: " + note.strip());
        return toRecord(plan, commitment, today());
    }

    /** Marks a commitment of the caller's side done, dropped or open again. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN')")
    @Transactional
    public PlanCommitment changeStatus(OrganizationId organization, long commitmentId, CommitmentStatus status) {
        var caller = callers.require();
        var plan = currentPlan(caller, organization);
        var commitment = commitmentOf(plan, commitmentId);
        if (PlanSide.editableBy(caller).orElseThrow() != commitment.getSide()) {
            throw new RuleViolation(PlanError.OTHER_SIDE, commitment.getSide());
        }
        var before = commitment.getStatus();
        commitment.changeStatus(status, today());
        commitments.flush();
        audit.recordChange(AuditAction.PLAN_COMMITMENT_STATUS_CHANGED, organization,
                "#" + commitment.getId() + " " + before + " to " + status);
        return toRecord(plan, commitment, today());
    }

    /** The check-ins of a commitment of the current plan, newest first; empty when the caller may not see it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<List<CommitmentCheckIn>> checkIns(OrganizationId organization, long commitmentId) {
        var caller = callers.require();
        return access.readable(caller, organization).flatMap(org -> plans.current(org.id(), today()))
                .flatMap(plan -> commitments.findById(commitmentId).filter(c -> c.getPlanId() == plan.getId()))
                .map(c -> checkIns.findByCommitmentIdOrderByCheckedAtDescIdDesc(c.getId()).stream()
                        .map(CheckIn::toRecord).toList());
    }

    /** The overdue commitments of one organization's current plan, oldest due first, if the caller may see it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OverdueCommitment> overdue(OrganizationId organization) {
        var caller = callers.require();
        return access.readable(caller, organization).map(org -> overdueOf(List.of(org))).orElse(List.of());
    }

    /**
     * The overdue commitments for the caller's home: a partner's own organization's, a channel manager's
     * partners', every organization's for an administrator; oldest due first.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OverdueCommitment> overdueForHome() {
        return overdueOf(access.homeScope(callers.require()));
    }

    private List<OverdueCommitment> overdueOf(List<dev.partnerportal.partner.OrganizationSummary> organizations) {
        var today = today();
        var result = new ArrayList<OverdueCommitment>();
        for (var org : organizations) {
            plans.current(org.id(), today).ifPresent(plan -> commitments.findByPlanIdOrderByDueWeekAscIdAsc(plan.getId())
                    .stream().filter(c -> c.overdueOn(plan, today))
                    .forEach(c -> result.add(new OverdueCommitment(org.organizationId(), org.name(), toRecord(plan, c, today)))));
        }
        result.sort(Comparator.comparing((OverdueCommitment o) -> o.commitment().dueBy()).thenComparing(OverdueCommitment::organizationName));
        return result;
    }

    private Plan currentPlan(Caller caller, OrganizationId organization) {
        var org = access.require(caller, organization);
        return plans.current(org.id(), today()).orElseThrow(() -> new RuleViolation(PlanError.NOT_FOUND));
    }

    private Commitment commitmentOf(Plan plan, long commitmentId) {
        return commitments.findById(commitmentId).filter(c -> Objects.equals(c.getPlanId(), plan.getId()))
                .orElseThrow(() -> new RuleViolation(PlanError.NOT_FOUND));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static PlanCommitment toRecord(Plan plan, Commitment c, LocalDate today) {
        return new PlanCommitment(c.getId(), c.getSide(), c.getDescription(), c.getOwnerName(), c.getDueWeek(),
                plan.endOfWeek(c.getDueWeek()).minusDays(1), c.getStatus(), c.getProgress(), c.overdueOn(plan, today),
                c.getDoneOn());
    }
}
