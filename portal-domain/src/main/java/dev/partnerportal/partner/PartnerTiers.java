package dev.partnerportal.partner;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The configured program tiers. */
interface PartnerTiers extends JpaRepository<PartnerTier, Long> {

    Optional<PartnerTier> findByCode(String code);

    List<PartnerTier> findAllByOrderByRankAsc();
}
