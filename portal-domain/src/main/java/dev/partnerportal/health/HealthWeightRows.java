package dev.partnerportal.health;

import org.springframework.data.jpa.repository.JpaRepository;

/** The weights, one row per component. */
interface HealthWeightRows extends JpaRepository<HealthWeight, HealthComponent> {
}
