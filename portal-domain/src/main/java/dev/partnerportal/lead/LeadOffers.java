package dev.partnerportal.lead;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LeadOffers extends JpaRepository<LeadOffer, Long> {

    Optional<LeadOffer> findByLeadIdAndOutcome(UUID leadId, OfferOutcome outcome);

    @Query("select o.organizationId from LeadOffer o where o.leadId = :leadId")
    List<Long> organizationsOffered(UUID leadId);

    /** The organization that accepted the lead, if one did. */
    @Query("select o.organizationId from LeadOffer o where o.leadId = :leadId "
            + "and o.outcome = dev.partnerportal.lead.OfferOutcome.ACCEPTED")
    Optional<Long> acceptedBy(UUID leadId);

    @Query("select o.leadId from LeadOffer o where o.organizationId = :organization "
            + "and o.outcome = dev.partnerportal.lead.OfferOutcome.ACCEPTED")
    List<UUID> acceptedLeads(long organization);
}
