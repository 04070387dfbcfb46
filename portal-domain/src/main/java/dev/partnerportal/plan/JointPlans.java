package dev.partnerportal.plan;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.shared.Caller;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.RuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joint business plans: one per organization and period, each side editing its own sections, the partner
 * manager approving a submitted version, an edit after approval opening the next version. Partners reach their
 * own organization's plan only; another organization's behaves as if it did not exist and nothing changes.
 */
@Service
public class JointPlans {

    private final Plans plans;
    private final PlanVersions versions;
    private final Commitments commitments;
    private final PlanAccess access;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;

    JointPlans(Plans plans, PlanVersions versions, Commitments commitments, PlanAccess access, CallerContext callers,
               AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.versions = versions;
        this.commitments = commitments;
        this.access = access;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    /** The plan in force today (else the next to come) if the caller may see the organization and it has one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<JointPlan> current(OrganizationId organization) {
        var caller = callers.require();
        return access.readable(caller, organization).flatMap(org -> plans.current(org.id(), today())
                .map(plan -> view(caller, org, plan)));
    }

    /**
     * Starts a plan for a period of 12 or 26 weeks from {@code start}, as an empty first draft. Either side's
     * editors may start one.
     *
     * @throws RuleViolation when the organization is not the caller's to see, the period is not 12 or 26 weeks,
     *                       or the organization already has a plan starting that day
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN')")
    @Transactional
    public JointPlan start(OrganizationId organization, LocalDate start, int weeks) {
        var caller = callers.require();
        var org = access.require(caller, organization);
        if (weeks != JointPlan.QUARTER_WEEKS && weeks != JointPlan.HALF_YEAR_WEEKS) {
            throw new RuleViolation(PlanError.PERIOD_INVALID, JointPlan.QUARTER_WEEKS, JointPlan.HALF_YEAR_WEEKS);
        }
        if (plans.existsByOrganizationIdAndPeriodStart(org.id(), start)) {
            throw new RuleViolation(PlanError.PERIOD_TAKEN);
        }
        var plan = plans.saveAndFlush(new Plan(org.id(), start, weeks, clock.instant()));
        versions.saveAndFlush(new PlanVersion(plan.getId(), 1, caller.username(), clock.instant()));
        audit.recordChange(AuditAction.PLAN_STARTED, organization, start + " for " + weeks + " weeks");
        return view(caller, org, plan);
    }

    /**
     * Changes the caller's side of the current plan; a submitted version goes back to draft, an approved one
     * stays as it was and the change opens the next version.
     *
     * @throws RuleViolation when there is no plan the caller may see, or the edit names a part of the other side
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN')")
    @Transactional
    public JointPlan edit(OrganizationId organization, PlanEdit edit) {
        var caller = callers.require();
        var org = access.require(caller, organization);
        var plan = plans.current(org.id(), today()).orElseThrow(() -> new RuleViolation(PlanError.NOT_FOUND));
        var side = PlanSide.editableBy(caller).orElseThrow();
        if (!edit.onlyTouches(side)) {
            throw new RuleViolation(PlanError.OTHER_SIDE, side == PlanSide.VENDOR ? PlanSide.PARTNER : PlanSide.VENDOR);
        }
        var latest = latest(plan);
        var target = latest.getStatus() == PlanStatus.APPROVED
                ? versions.save(latest.nextDraft(caller.username(), clock.instant())) : latest;
        target.apply(edit, caller.username(), clock.instant());
        versions.flush();
        audit.recordChange(AuditAction.PLAN_EDITED, organization, "version " + target.getNumber() + " (" + side + "): "
                + edit.sections().keySet().stream().map(Enum::name).collect(Collectors.joining(", "))
                + (edit.objectives() == null ? "" : (edit.sections().isEmpty() ? "" : ", ") + "OBJECTIVES"));
        return view(caller, org, plan);
    }

    /** Puts the current draft forward for the partner manager's approval; either side's editors may. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN')")
    @Transactional
    public JointPlan submit(OrganizationId organization) {
        var caller = callers.require();
        var org = access.require(caller, organization);
        var plan = plans.current(org.id(), today()).orElseThrow(() -> new RuleViolation(PlanError.NOT_FOUND));
        var latest = latest(plan);
        latest.submit();
        versions.flush();
        audit.recordChange(AuditAction.PLAN_SUBMITTED, organization, "version " + latest.getNumber());
        return view(caller, org, plan);
    }

    /**
     * Approves the submitted version of the current plan.
     *
     * @throws RuleViolation when the caller is not the organization's partner manager (or an administrator) or
     *                       the latest version has not been submitted
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public JointPlan approve(OrganizationId organization) {
        var caller = callers.require();
        var org = access.require(caller, organization);
        var plan = plans.current(org.id(), today()).orElseThrow(() -> new RuleViolation(PlanError.NOT_FOUND));
        if (!access.mayApprove(caller, organization)) {
            throw new RuleViolation(PlanError.NOT_PARTNER_MANAGER);
        }
        var latest = latest(plan);
        latest.approve(caller.username(), clock.instant());
        versions.flush();
        audit.recordChange(AuditAction.PLAN_APPROVED, organization, "version " + latest.getNumber());
        return view(caller, org, plan);
    }

    /** The versions of the current plan, newest first; empty when the caller may not see it or there is none. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<List<PlanVersionSummary>> versions(OrganizationId organization) {
        var caller = callers.require();
        return access.readable(caller, organization).flatMap(org -> plans.current(org.id(), today()))
                .map(plan -> versions.findByPlanIdOrderByNumberDesc(plan.getId()).stream()
                        .map(v -> new PlanVersionSummary(v.getNumber(), v.getStatus(), v.getEditedAt(), v.getEditedBy(),
                                v.getApprovedAt(), v.getApprovedBy())).toList());
    }

    /**
     * What changed from version {@code from} to version {@code to} of the current plan (either order).
     *
     * @throws RuleViolation when the caller may not see the plan or a version does not exist
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PlanDiff diff(OrganizationId organization, int from, int to) {
        var caller = callers.require();
        var org = access.require(caller, organization);
        var plan = plans.current(org.id(), today()).orElseThrow(() -> new RuleViolation(PlanError.NOT_FOUND));
        return PlanDiffs.between(version(plan, from), version(plan, to));
    }

    private PlanVersion version(Plan plan, int number) {
        return versions.findByPlanIdAndNumber(plan.getId(), number)
                .orElseThrow(() -> new RuleViolation(PlanError.UNKNOWN_VERSION, number));
    }

    private PlanVersion latest(Plan plan) {
        return versions.findFirstByPlanIdOrderByNumberDesc(plan.getId()).orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    JointPlan view(Caller caller, OrganizationSummary org, Plan plan) {
        var latest = latest(plan);
        var today = today();
        var approved = versions.findFirstByPlanIdAndStatusOrderByNumberDesc(plan.getId(), PlanStatus.APPROVED)
                .map(PlanVersion::getNumber).orElse(null);
        var list = commitments.findByPlanIdOrderByDueWeekAscIdAsc(plan.getId()).stream()
                .map(c -> PlanCommitments.toRecord(plan, c, today)).toList();
        return new JointPlan(plan.getId(), org.organizationId(), org.name(), plan.getPeriodStart(), plan.getPeriodWeeks(),
                Math.min(plan.weekOf(today), plan.getPeriodWeeks() + 1), latest.getNumber(), latest.getStatus(), approved,
                latest.sections(), latest.objectives(), list, latest.getEditedAt(), latest.getEditedBy(),
                PlanSide.editableBy(caller).orElse(null), access.mayApprove(caller, org.organizationId()));
    }
}
