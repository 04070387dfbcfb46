package dev.partnerportal.relationship;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where one agreed rhythm stands today: the last touchpoint of its kind (if any), the day the next one is due
 * (the later of the last one and the agreement, plus the interval) and whether that day has passed.
 */
public record CadenceStatus(CadenceEntry entry, @Nullable LocalDate lastHeld, LocalDate due, boolean overdue) {
}
