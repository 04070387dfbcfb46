package dev.partnerportal.plan;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A commitment as people see it. {@code dueBy} is the last day of its due week; it is overdue when still open
 * after that day.
 */
public record PlanCommitment(long id, PlanSide side, String description, String ownerName, int dueWeek,
                             LocalDate dueBy, CommitmentStatus status, int progress, boolean overdue,
                             @Nullable LocalDate doneOn) {
}
