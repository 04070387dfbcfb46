package dev.partnerportal.health;

import dev.partnerportal.shared.OrganizationId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Implemented (as a Spring bean) by a feature that knows part of a relationship's health. The health feature
 * asks every signal when it evaluates an organization, inside a read-only transaction and after it has checked
 * who may see the result, so a signal checks no caller and must not write. Several signals may read the same
 * component (surveys and product feedback both feed the feedback loop); their scores are averaged and their
 * facts listed together. Empty means the feature has nothing to say about this organization yet.
 */
public interface HealthSignal {

    HealthComponent component();

    Optional<HealthReading> read(OrganizationId organization, LocalDate asOf);
}
