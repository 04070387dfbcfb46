package dev.partnerportal.lead;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SalesLeads extends JpaRepository<SalesLead, UUID> {

    /** The lead, with its row locked for the rest of the transaction: accept, reject and expiry take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from SalesLead l where l.id = :id")
    Optional<SalesLead> lockById(UUID id);

    List<SalesLead> findAllByOrderByCreatedAtDesc();

    List<SalesLead> findByOfferedToAndStatusOrderByOfferExpiresAtAsc(long organization, LeadStatus status);

    @Query("select l.id from SalesLead l where l.status = dev.partnerportal.lead.LeadStatus.OFFERED "
            + "and l.offerExpiresAt <= :now order by l.offerExpiresAt")
    List<UUID> expiredOffers(Instant now);

    long countByOfferedToAndStatus(long organization, LeadStatus status);

    long countByFundRequestId(UUID fundRequestId);
}
