package dev.partnerportal.relationship;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.identity.UserAccount;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.RuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversations of a relationship: the agreed cadence, the touchpoints that keep it and the next steps
 * they agreed. Partner people read their own organization's; partner administrators also log touchpoints and
 * tick off next steps; staff who see the partner agree the cadence.
 */
@Service
public class Conversations {

    private final CadenceAgreements cadences;
    private final Touchpoints touchpoints;
    private final PartnerContacts partnerContacts;
    private final RelationshipReadings readings;
    private final RelationshipAccess access;
    private final UserAccounts users;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;

    Conversations(CadenceAgreements cadences, Touchpoints touchpoints, PartnerContacts partnerContacts,
                  RelationshipReadings readings, RelationshipAccess access, UserAccounts users, CallerContext callers,
                  AuditTrail audit, Clock clock) {
        this.cadences = cadences;
        this.touchpoints = touchpoints;
        this.partnerContacts = partnerContacts;
        this.readings = readings;
        this.access = access;
        this.users = users;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    /** The agreed cadence and where each rhythm stands today; empty for an organization out of reach. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional(readOnly = true)
    public Optional<List<CadenceStatus>> cadence(OrganizationId organization) {
        if (!access.mayRead(callers.require(), organization)) {
            return Optional.empty();
        }
        return Optional.of(readings.cadence(organization, today()));
    }

    /**
     * Replaces the agreed cadence (one line per kind). A line agreed before with the same interval keeps its
     * date; a new or changed one counts from today. An empty list means no cadence is agreed.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public void agreeCadence(OrganizationId organization, List<CadenceEntry> entries) {
        if (!access.mayChangeVendorSide(callers.require(), organization)) {
            throw new RuleViolation(RelationshipError.ORGANIZATION_NOT_FOUND);
        }
        if (entries.stream().map(CadenceEntry::kind).distinct().count() != entries.size()) {
            throw new RuleViolation(RelationshipError.DUPLICATE_CADENCE_KIND);
        }
        var kept = new LinkedHashMap<CadenceEntry, LocalDate>();
        readings.agreements(organization).forEach(agreement -> kept.put(agreement.entry(), agreement.agreedOn()));
        cadences.deleteByOrganization(organization.value());
        for (var entry : entries) {
            cadences.save(new CadenceAgreement(organization, entry, kept.getOrDefault(entry, today())));
        }
        audit.recordChange(AuditAction.CADENCE_AGREED, organization, entries.toString());
    }

    /**
     * Logs a touchpoint. Staff attendees must be staff accounts, partner attendees contacts of this organization.
     *
     * @throws RuleViolation for an organization out of reach, a day in the future, no notes or an unknown attendee
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN')")
    @Transactional
    public TouchpointEntry log(OrganizationId organization, TouchpointForm form) {
        var caller = callers.require();
        if (!access.mayChangePartnerSide(caller, organization)) {
            throw new RuleViolation(RelationshipError.ORGANIZATION_NOT_FOUND);
        }
        for (var staff : form.staffAttendees()) {
            users.find(staff).filter(UserAccount::isStaff).orElseThrow(() -> new RuleViolation(RelationshipError.UNKNOWN_ATTENDEE));
        }
        var ofOrganization = new HashSet<Long>();
        partnerContacts.findByOrganizationIdOrderByDepartmentAscNameAsc(organization.value()).forEach(c -> ofOrganization.add(c.id()));
        if (!ofOrganization.containsAll(form.contactAttendees())) {
            throw new RuleViolation(RelationshipError.UNKNOWN_ATTENDEE);
        }
        var touchpoint = touchpoints.save(new Touchpoint(organization, form, caller.userId(), clock.instant(), today()));
        audit.recordChange(AuditAction.TOUCHPOINT_LOGGED, organization, form.kind() + " on " + form.happenedOn());
        return touchpoint.entry(today());
    }

    /** The touchpoints with a partner, newest first; empty for an organization out of reach. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional(readOnly = true)
    public Optional<List<TouchpointEntry>> touchpoints(OrganizationId organization) {
        if (!access.mayRead(callers.require(), organization)) {
            return Optional.empty();
        }
        var today = today();
        return Optional.of(touchpoints.findByOrganizationIdOrderByHappenedOnDescIdDesc(organization.value()).stream()
                .map(touchpoint -> touchpoint.entry(today)).toList());
    }

    /** Marks a next step done; false (and nothing changes) when it does not exist or is out of the caller's reach. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN')")
    @Transactional
    public boolean completeNextStep(long nextStepId) {
        var touchpoint = touchpoints.findByNextStep(nextStepId)
                .filter(t -> access.mayChangePartnerSide(callers.require(), t.organization()));
        if (touchpoint.isEmpty()) {
            return false;
        }
        touchpoint.get().nextSteps().stream().filter(step -> step.id() == nextStepId).forEach(NextStep::markDone);
        audit.recordChange(AuditAction.NEXT_STEP_DONE, touchpoint.get().organization(), "next step " + nextStepId);
        return true;
    }

    /** The relationship flags of one partner; empty for an organization out of reach. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional(readOnly = true)
    public Optional<RelationshipSummary> summary(OrganizationId organization) {
        if (!access.mayRead(callers.require(), organization)) {
            return Optional.empty();
        }
        return Optional.of(readings.summary(organization, today()));
    }

    /** The flags of several partners at once (the desk list); organizations out of the caller's reach are left out. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public Map<OrganizationId, RelationshipSummary> summaries(Collection<OrganizationId> organizations) {
        var caller = callers.require();
        var today = today();
        var readable = access.readable(caller, organizations);
        var summaries = readings.summaries(organizations.stream().filter(readable::contains).toList(), today);
        var result = new LinkedHashMap<OrganizationId, RelationshipSummary>();
        organizations.stream().filter(summaries::containsKey).forEach(organization -> result.put(organization, summaries.get(organization)));
        return result;
    }

    /** The template a business review starts from: its agenda opens with strategy. */
    @PreAuthorize("isAuthenticated()")
    public BusinessReviewTemplate businessReviewTemplate() {
        return BusinessReviewTemplate.STANDARD;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
