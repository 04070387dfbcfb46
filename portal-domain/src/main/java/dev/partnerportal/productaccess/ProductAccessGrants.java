package dev.partnerportal.productaccess;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All product access requests. */
interface ProductAccessGrants extends JpaRepository<ProductAccessGrant, Long> {

    List<ProductAccessGrant> findByOrganizationIdOrderByRequestedAtDescIdDesc(long organizationId);

    List<ProductAccessGrant> findAllByOrderByRequestedAtDescIdDesc();

    /** Approved access ending between two days (inclusive) whose reminder has not gone out. */
    @Query("""
            select g from ProductAccessGrant g where g.status = dev.partnerportal.productaccess.ProductAccessGrant.Decision.APPROVED
              and g.reminderSentAt is null and g.expiresOn >= :from and g.expiresOn <= :until order by g.id""")
    List<ProductAccessGrant> findUnremindedEndingBetween(LocalDate from, LocalDate until);
}
