package dev.partnerportal.mdf;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FundAllocations extends JpaRepository<FundAllocation, Long> {

    Optional<FundAllocation> findByOrganizationIdAndQuarter(long organizationId, String quarter);

    List<FundAllocation> findByOrganizationIdOrderByQuarterDesc(long organizationId);

    List<FundAllocation> findAllByOrderByQuarterDescOrganizationIdAsc();

    /**
     * Reserves {@code cost} when at least that much is still free, in one statement: the database checks and
     * writes under the row's lock, so concurrent approvals can never reserve more than the amount together.
     * Answers 1 when reserved, 0 when not enough was free.
     */
    @Modifying(flushAutomatically = true)
    @Query("update FundAllocation a set a.reserved = a.reserved + :cost "
            + "where a.id = :id and a.amount - a.reserved >= :cost")
    int reserve(@Param("id") long id, @Param("cost") BigDecimal cost);
}
