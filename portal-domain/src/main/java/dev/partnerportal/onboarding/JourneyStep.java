package dev.partnerportal.onboarding;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A step as people see it: what, who, by when, done or not, overdue or not. */
public record JourneyStep(long id, int position, StepKind kind, String title, StepOwner owner, LocalDate dueOn,
                          @Nullable Instant completedAt, boolean overdue) {

    public boolean done() {
        return completedAt != null;
    }
}
