package dev.partnerportal.plan;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One version in a plan's history. */
public record PlanVersionSummary(int number, PlanStatus status, Instant editedAt, String editedBy,
                                 @Nullable Instant approvedAt, @Nullable String approvedBy) {
}
