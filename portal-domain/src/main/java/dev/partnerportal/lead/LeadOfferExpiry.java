package dev.partnerportal.lead;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.shared.OrganizationId;
import java.time.Clock;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves offers that ran out of their window to the next eligible partner. Each lead is handled in its own
 * transaction under its row lock and checked again once locked, so two runs that overlap (or a partner
 * accepting at the same moment) never move a lead twice: the job is idempotent.
 */
@Component
class LeadOfferExpiry {

    static final String ACTOR = "system: lead offer expiry";

    private final SalesLeads leads;
    private final LeadOffers offers;
    private final LeadDistribution distribution;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    LeadOfferExpiry(SalesLeads leads, LeadOffers offers, LeadDistribution distribution, AuditTrail audit, Clock clock,
                    PlatformTransactionManager transactionManager) {
        this.leads = leads;
        this.offers = offers;
        this.distribution = distribution;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Scheduled(fixedDelayString = "${portal.leads.expiry-interval:5m}", initialDelayString = "${portal.leads.expiry-interval:5m}")
    @SchedulerLock(name = "lead.move-expired-offers")
    void run() {
        moveExpiredOffers();
    }

    /** Moves every offer past its window; answers how many leads this run moved. */
    int moveExpiredOffers() {
        int moved = 0;
        for (var id : leads.expiredOffers(clock.instant())) {
            if (Boolean.TRUE.equals(transactions.execute(status -> move(id)))) {
                moved++;
            }
        }
        return moved;
    }

    private boolean move(UUID id) {
        var now = clock.instant();
        var lead = leads.lockById(id).filter(l -> l.offerExpired(now)).orElse(null);
        if (lead == null) {
            return false;
        }
        var previous = lead.getOfferedTo();
        offers.findByLeadIdAndOutcome(id, OfferOutcome.OPEN).ifPresent(o -> o.close(OfferOutcome.EXPIRED, now, null));
        var next = distribution.offerNext(lead, now);
        leads.saveAndFlush(lead);
        audit.record(AuditAction.LEAD_OFFER_EXPIRED, ACTOR, previous == null ? null : new OrganizationId(previous),
                id + " " + lead.getCompany(), null);
        next.ifPresentOrElse(
                org -> audit.record(AuditAction.LEAD_OFFERED, ACTOR, org.organizationId(),
                        id + " " + lead.getCompany() + " until " + lead.getOfferExpiresAt(), null),
                () -> audit.record(AuditAction.LEAD_RETURNED, ACTOR, null, id + " " + lead.getCompany(), null));
        return true;
    }
}
