package dev.partnerportal.onboarding;

import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.PartnerVisibility;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner manager's desk: the partners they look after, with tier, onboarding progress and the last
 * time they were in touch; and the log of touchpoints.
 */
@Service
public class PartnerDesk {

    private final PartnerRegistry organizations;
    private final OnboardingJourneys journeys;
    private final Touchpoints touchpoints;
    private final CallerContext callers;
    private final Clock clock;
    private final PartnerVisibility visibility;

    PartnerDesk(PartnerRegistry organizations, OnboardingJourneys journeys, Touchpoints touchpoints,
                CallerContext callers, Clock clock, PartnerVisibility visibility) {
        this.visibility = visibility;
        this.organizations = organizations;
        this.journeys = journeys;
        this.touchpoints = touchpoints;
        this.callers = callers;
        this.clock = clock;
    }

    /** One partner on the desk. */
    public record DeskRow(OrganizationSummary organization, Journey journey, @Nullable LocalDate lastTouchpoint) {
    }

    /** A channel manager's own partners; an administrator sees every partner. Longest without contact first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public List<DeskRow> myPartners() {
        var caller = callers.require();
        // Only the caller's own partners are loaded; administrators look after every partner.
        var mine = caller.role() == Role.ADMIN ? organizations.all() : organizations.managedBy(caller.userId());
        return mine.stream()
                .map(o -> new DeskRow(o, journeys.of(o.organizationId()).orElseThrow(),
                        touchpoints.lastContact(o.id()).orElse(null)))
                .sorted(Comparator.comparing(DeskRow::lastTouchpoint, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    /** Records a touchpoint with a partner. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public TouchpointEntry log(OrganizationId organization, TouchpointKind kind, LocalDate happenedOn, @Nullable String people,
                          String notes) {
        var caller = callers.require();
        organizations.find(organization).filter(org -> visibility.allows(caller, organization))
                .orElseThrow(() -> new RuleViolation(OnboardingError.ORGANIZATION_NOT_FOUND));
        return TouchpointEntry.of(touchpoints.save(new Touchpoint(organization, kind, happenedOn, people, notes,
                caller.userId(), clock.instant(), LocalDate.now(clock))));
    }

    /** The touchpoints with a partner, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public List<TouchpointEntry> touchpoints(OrganizationId organization) {
        if (!visibility.allows(callers.require(), organization)) {
            return List.of();
        }
        return touchpoints.findByOrganizationIdOrderByHappenedOnDescIdDesc(organization.value()).stream()
                .map(TouchpointEntry::of).toList();
    }

    /** One partner's summary for the desk's detail page. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public Optional<OrganizationSummary> partner(OrganizationId organization) {
        if (!visibility.allows(callers.require(), organization)) {
            return Optional.empty();
        }
        return organizations.find(organization);
    }
}
