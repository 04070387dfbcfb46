package dev.partnerportal.lead;

import dev.partnerportal.notification.NotificationKind;
import dev.partnerportal.notification.Notify;
import dev.partnerportal.partner.OrganizationStatus;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.ProgramTier;
import dev.partnerportal.shared.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chooses the partner a lead is offered to next. The rules apply in this order: the partner was not offered
 * this lead before; it is active; its region equals the lead's region; it serves the lead's industry; its tier
 * ranks at least the lead's minimum tier; it is of the lead's partner type (each only when the lead names
 * one); it has fewer than {@code portal.leads.max-open-offers} leads waiting for its answer. Among the partners
 * left, round robin: the first one (by id) after the one that received the last offer, wrapping around. The
 * cursor row stays locked until the offer commits, so concurrent distributions take turns and stay fair.
 */
@Component
class LeadDistribution {

    private final SalesLeads leads;
    private final LeadOffers offers;
    private final DistributionCursors cursors;
    private final PartnerRegistry organizations;
    private final Duration window;
    private final int maxOpenOffers;
    private final Notify notify;

    LeadDistribution(SalesLeads leads, LeadOffers offers, DistributionCursors cursors, PartnerRegistry organizations,
                     Notify notify,
                     @Value("${portal.leads.offer-window:48h}") Duration window,
                     @Value("${portal.leads.max-open-offers:5}") int maxOpenOffers) {
        this.leads = leads;
        this.offers = offers;
        this.cursors = cursors;
        this.organizations = organizations;
        this.window = window;
        this.maxOpenOffers = maxOpenOffers;
        this.notify = notify;
    }

    Duration window() {
        return window;
    }

    /** Offers {@code lead} to the next eligible partner, or returns it to staff when none is left. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<OrganizationSummary> offerNext(SalesLead lead, Instant now) {
        var cursor = cursors.lock().orElseThrow();
        var alreadyOffered = new HashSet<>(offers.organizationsOffered(lead.getId()));
        int minimumRank = lead.getMinimumTier() == null ? Integer.MIN_VALUE
                : organizations.tier(lead.getMinimumTier()).map(ProgramTier::rank).orElse(Integer.MAX_VALUE);
        var eligible = organizations.all().stream()
                .filter(org -> !alreadyOffered.contains(org.id()))
                .filter(org -> org.status() == OrganizationStatus.ACTIVE)
                .filter(org -> lead.getRegion() == null || org.region().equalsIgnoreCase(lead.getRegion()))
                .filter(org -> lead.getIndustry() == null || organizations.industries(org.organizationId()).stream()
                        .anyMatch(industry -> industry.equalsIgnoreCase(lead.getIndustry())))
                .filter(org -> org.tierRank() >= minimumRank)
                .filter(org -> lead.getPartnerType() == null
                        || org.type().name().equals(lead.getPartnerType().toUpperCase(Locale.ROOT)))
                .filter(org -> leads.countByOfferedToAndStatus(org.id(), LeadStatus.OFFERED) < maxOpenOffers)
                .sorted(Comparator.comparingLong(OrganizationSummary::id))
                .toList();
        if (eligible.isEmpty()) {
            lead.returnToStaff();
            return Optional.empty();
        }
        var chosen = eligible.stream().filter(org -> org.id() > cursor.last()).findFirst().orElse(eligible.getFirst());
        cursor.moveTo(chosen.id());
        lead.offer(chosen.id(), now, now.plus(window));
        offers.save(new LeadOffer(lead.getId(), chosen.id(), now));
        // The partner's administrators hear of the offer (they accept or reject it).
        notify.organization(chosen.organizationId(), Set.of(Role.PARTNER_ADMIN), NotificationKind.DEAL_OR_LEAD_UPDATE,
                lead.getCompany(), "/leads?lead=" + lead.getId());
        return Optional.of(chosen);
    }
}
