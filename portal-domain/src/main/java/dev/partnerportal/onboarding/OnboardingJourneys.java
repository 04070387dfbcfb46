package dev.partnerportal.onboarding;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.partner.PartnerType;
import dev.partnerportal.partner.PartnerVisibility;
import dev.partnerportal.recruitment.PartnerApproved;
import dev.partnerportal.shared.Caller;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Onboarding journeys. A journey starts when an application is approved; partners see their own
 * organization's journey, partner managers and administrators every one.
 */
@Service
public class OnboardingJourneys {

    private final OnboardingSteps steps;
    private final OnboardingTemplates templates;
    private final CallerContext callers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PartnerVisibility visibility;
    private final AuditTrail audit;

    OnboardingJourneys(OnboardingSteps steps, OnboardingTemplates templates, CallerContext callers,
                       ApplicationEventPublisher events, Clock clock, PartnerVisibility visibility, AuditTrail audit) {
        this.visibility = visibility;
        this.audit = audit;
        this.steps = steps;
        this.templates = templates;
        this.callers = callers;
        this.events = events;
        this.clock = clock;
    }

    /** The caller's own organization's journey. */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional(readOnly = true)
    public Journey mine() {
        return load(callers.require().organizationId());
    }

    /** An organization's journey, if the caller may see it: managers and administrators all, partners their own. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Journey> of(OrganizationId organization) {
        var caller = callers.require();
        return mayRead(caller, organization) && visibility.allows(caller, organization)
                ? Optional.of(load(organization)) : Optional.empty();
    }

    /** Longest reason a manager may give for completing an automatic step by hand. */
    public static final int REASON_MAX_LENGTH = 500;

    /**
     * Marks a manual step done by hand. Managers and administrators may complete any manual step; a partner
     * administrator the partner-owned manual steps of their own organization. Steps that complete themselves
     * (see {@link StepKind#completesAutomatically()}) are left to their activity or to
     * {@link #completeWithReason}. Returns false when there is no such step for the caller.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN')")
    @Transactional
    public boolean complete(long stepId) {
        var caller = callers.require();
        return steps.findById(stepId)
                .filter(step -> !step.kind().completesAutomatically())
                .filter(step -> (caller.isStaff() && visibility.allows(caller, new OrganizationId(step.organizationId())))
                        || (caller.organizationId().value() == step.organizationId() && step.owner() == StepOwner.PARTNER))
                .map(step -> {
                    step.complete(caller.userId(), clock.instant());
                    progressed(new OrganizationId(step.organizationId()));
                    return true;
                })
                .orElse(false);
    }

    /**
     * Marks any step done on a manager's word, automatic ones included, with the reason recorded in the audit log.
     * Returns false when there is no such step or it is done already.
     *
     * @throws RuleViolation when the reason is blank or longer than {@value #REASON_MAX_LENGTH}
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public boolean completeWithReason(long stepId, String reason) {
        if (reason.isBlank() || reason.strip().length() > REASON_MAX_LENGTH) {
            throw new RuleViolation(OnboardingError.REASON_REQUIRED, REASON_MAX_LENGTH);
        }
        var caller = callers.require();
        return steps.findById(stepId)
                .filter(step -> !step.done())
                .filter(step -> visibility.allows(caller, new OrganizationId(step.organizationId())))
                .map(step -> {
                    audit.recordChange(AuditAction.ONBOARDING_STEP_COMPLETED_BY_STAFF,
                            new OrganizationId(step.organizationId()), step.kind() + " \"" + step.title() + "\": " + reason.strip());
                    step.complete(caller.userId(), clock.instant());
                    progressed(new OrganizationId(step.organizationId()));
                    return true;
                })
                .orElse(false);
    }

    /** An approved partner starts on its type's template once the approval has committed (ADR 012). */
    @ApplicationModuleListener
    void onApproved(PartnerApproved approved) {
        start(approved.organization(), approved.type());
    }

    /** Completes the steps an activity satisfies, once the activity has committed (ADR 012). */
    @ApplicationModuleListener
    void onActivity(OnboardingActivity activity) {
        var completed = steps.findByOrganizationIdOrderByPosition(activity.organization().value()).stream()
                .filter(step -> step.kind().completesAutomatically())
                .filter(step -> step.matches(activity))
                .peek(step -> step.complete(null, clock.instant()))
                .count();
        if (completed > 0) {
            progressed(activity.organization());
        }
    }

    private void progressed(OrganizationId organization) {
        events.publishEvent(new OnboardingProgressed(organization, load(organization).complete()));
    }

    /** True when every step of the organization's journey is done. For other features' rules (tiers). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean isComplete(OrganizationId organization) {
        var journey = load(organization);
        return !journey.steps().isEmpty() && journey.complete();
    }

    @Transactional
    void start(OrganizationId organization, PartnerType type) {
        if (steps.existsByOrganizationId(organization.value())) {
            return;
        }
        var today = LocalDate.now(clock);
        templates.findByPartnerTypeOrderByPosition(type)
                .forEach(template -> steps.save(new OnboardingStep(organization, template, today)));
    }

    /**
     * The journeys of many organizations in one query, for a caller who may see each of them (the desk lists
     * the manager's own partners); an organization without steps has an empty journey.
     */
    java.util.Map<OrganizationId, Journey> loadAll(java.util.Collection<OrganizationId> organizations) {
        if (organizations.isEmpty()) {
            return java.util.Map.of();
        }
        var today = LocalDate.now(clock);
        var steps = this.steps.findByOrganizationIdInOrderByPosition(organizations.stream().map(OrganizationId::value).toList())
                .stream().collect(java.util.stream.Collectors.groupingBy(OnboardingStep::organizationId));
        var journeys = new java.util.HashMap<OrganizationId, Journey>();
        organizations.forEach(organization -> journeys.put(organization, new Journey(steps.getOrDefault(organization.value(),
                java.util.List.of()).stream().map(step -> step.view(today)).toList())));
        return journeys;
    }

    private Journey load(OrganizationId organization) {
        var today = LocalDate.now(clock);
        return new Journey(steps.findByOrganizationIdOrderByPosition(organization.value()).stream()
                .map(step -> step.view(today)).toList());
    }

    static boolean mayRead(Caller caller, OrganizationId organization) {
        return caller.role() == Role.ADMIN || caller.role() == Role.CHANNEL_MANAGER
                || organization.equals(caller.organizationId());
    }
}
