package dev.partnerportal.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The deal registrations (named as a collection; the public service is {@link Deals}). */
interface DealRegistrations extends JpaRepository<DealRegistration, Long> {

    List<DealRegistration> findByOrganizationIdOrderBySubmittedAtDescIdDesc(long organizationId);

    List<DealRegistration> findAllByOrderBySubmittedAtDescIdDesc();

    /** Candidates for the conflict check: every registration of other organizations that may still claim its customer. */
    @Query("""
            select r from DealRegistration r where r.organizationId <> ?1 and r.stage <> dev.partnerportal.deal.DealStage.LOST
            and (r.status = dev.partnerportal.deal.RegistrationStatus.SUBMITTED
                 or (r.status = dev.partnerportal.deal.RegistrationStatus.APPROVED and r.protectedUntil >= ?2))""")
    List<DealRegistration> claimingOutside(long organizationId, LocalDate today);

    @Query("""
            select r from DealRegistration r where r.status = dev.partnerportal.deal.RegistrationStatus.APPROVED
            and r.stage not in ?2 and r.protectedUntil >= ?1""")
    List<DealRegistration> protectedFrom(LocalDate today, Collection<DealStage> closed);

    @Query("""
            select count(r) from DealRegistration r where r.organizationId = ?1
            and r.stage = dev.partnerportal.deal.DealStage.WON and r.closedOn >= ?2""")
    long countWonSince(long organizationId, LocalDate since);

    @Query("""
            select coalesce(sum(r.finalAmount), 0) from DealRegistration r where r.organizationId = ?1
            and r.stage = dev.partnerportal.deal.DealStage.WON and r.currency = ?2 and r.closedOn >= ?3""")
    BigDecimal wonAmountSince(long organizationId, String currency, LocalDate since);

    List<DealRegistration> findByFundRequestId(UUID fundRequestId);
}
