package dev.partnerportal.mdf;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FundRequestRecords extends JpaRepository<FundRequestRecord, UUID> {

    List<FundRequestRecord> findByOrganizationIdOrderByRequestedAtDesc(long organizationId);

    List<FundRequestRecord> findAllByOrderByRequestedAtDesc();
}
