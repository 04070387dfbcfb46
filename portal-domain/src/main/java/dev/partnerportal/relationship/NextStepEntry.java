package dev.partnerportal.relationship;

import java.time.LocalDate;

/** A recorded next step; overdue when not done and its due day has passed. */
public record NextStepEntry(long id, String description, String ownerName, Side ownerSide, LocalDate dueOn,
                            boolean done, boolean overdue) {
}
