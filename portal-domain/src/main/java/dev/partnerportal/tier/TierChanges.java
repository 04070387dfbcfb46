package dev.partnerportal.tier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TierChanges extends JpaRepository<TierChange, Long> {

    List<TierChange> findByOrganizationIdOrderByChangedAtDescIdDesc(Long organizationId);
}
