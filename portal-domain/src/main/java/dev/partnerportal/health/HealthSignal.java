package dev.partnerportal.health;

import dev.partnerportal.shared.OrganizationId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Implemented (as a Spring bean) by a feature that knows part of a relationship's health. The health feature
 * asks every signal when it evaluates organizations, inside a read-only transaction and after it has checked
 * who may see the result, so a signal checks no caller and must not write. Several signals may read the same
 * component (surveys and product feedback both feed the feedback loop); their scores are averaged and their
 * facts listed together. A signal reads many organizations at once: the desk ranks every partner of a manager, so
 * {@link #readAll} costs the same few statements for one organization or three hundred.
 */
public interface HealthSignal {

    HealthComponent component();

    /**
     * The readings of these organizations as of a day, read with a fixed number of statements whatever their
     * number (none for an empty collection). An organization without a key has nothing to say about it yet.
     */
    Map<OrganizationId, HealthReading> readAll(Collection<OrganizationId> organizations, LocalDate asOf);

    /** One organization's reading; empty when the feature has nothing to say about it yet. */
    default Optional<HealthReading> read(OrganizationId organization, LocalDate asOf) {
        return Optional.ofNullable(readAll(List.of(organization), asOf).get(organization));
    }
}
