package dev.partnerportal.tier;

import org.springframework.data.jpa.repository.JpaRepository;

interface TierOverrides extends JpaRepository<TierOverride, Long> {
}
