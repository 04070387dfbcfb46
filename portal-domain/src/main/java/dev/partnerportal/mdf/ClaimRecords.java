package dev.partnerportal.mdf;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimRecords extends JpaRepository<ClaimRecord, Long> {

    List<ClaimRecord> findByFundRequestIdOrderBySubmittedAtAscIdAsc(UUID fundRequestId);
}
