package dev.partnerportal.tier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TierRequirements extends JpaRepository<TierRequirement, Long> {

    List<TierRequirement> findByTierId(Long tierId);
}
