package dev.partnerportal.onboarding;

import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.PartnerVisibility;
import dev.partnerportal.relationship.Conversations;
import dev.partnerportal.relationship.RelationshipSummary;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner manager's desk: the partners they look after, with tier, onboarding progress and how the
 * relationship stands (last touchpoint, overdue cadence and next steps, breadth; kept by the relationship feature).
 */
@Service
public class PartnerDesk {

    private final PartnerRegistry organizations;
    private final OnboardingJourneys journeys;
    private final Conversations conversations;
    private final CallerContext callers;
    private final PartnerVisibility visibility;

    PartnerDesk(PartnerRegistry organizations, OnboardingJourneys journeys, Conversations conversations,
                CallerContext callers, PartnerVisibility visibility) {
        this.visibility = visibility;
        this.organizations = organizations;
        this.journeys = journeys;
        this.conversations = conversations;
        this.callers = callers;
    }

    /** One partner on the desk. */
    public record DeskRow(OrganizationSummary organization, Journey journey, RelationshipSummary relationship) {

        public @Nullable LocalDate lastTouchpoint() {
            return relationship.lastTouchpoint();
        }
    }

    /** A channel manager's own partners; an administrator sees every partner. Longest without contact first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public List<DeskRow> myPartners() {
        var caller = callers.require();
        // Only the caller's own partners are loaded; administrators look after every partner.
        var mine = caller.role() == Role.ADMIN ? organizations.all() : organizations.managedBy(caller.userId());
        // Every column is read for all partners at once: the desk costs the same few queries for 3 partners or 300.
        var relationships = conversations.summaries(mine.stream().map(OrganizationSummary::organizationId).toList());
        var progress = journeys.loadAll(relationships.keySet());
        return mine.stream()
                .filter(o -> relationships.containsKey(o.organizationId()))
                .map(o -> new DeskRow(o, progress.get(o.organizationId()), relationships.get(o.organizationId())))
                .sorted(Comparator.comparing(DeskRow::lastTouchpoint, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
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
