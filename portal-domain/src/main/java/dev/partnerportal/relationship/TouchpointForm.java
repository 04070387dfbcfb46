package dev.partnerportal.relationship;

import dev.partnerportal.shared.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A touchpoint to log: kind, day, topics, agenda, notes, who attended on each side (staff accounts and partner
 * contacts of the organization) and the next steps agreed. A business review without topics gets the
 * template's ({@link BusinessReviewTemplate}).
 */
public record TouchpointForm(TouchpointKind kind, LocalDate happenedOn, Set<Topic> topics, @Nullable String agenda,
                             String notes, Set<UserId> staffAttendees, Set<Long> contactAttendees,
                             List<NextStepForm> nextSteps) {

    public static final int NOTES_MAX_LENGTH = Touchpoint.NOTES_MAX_LENGTH;
    public static final int AGENDA_MAX_LENGTH = Touchpoint.AGENDA_MAX_LENGTH;

    public TouchpointForm {
        topics = Set.copyOf(topics);
        staffAttendees = Set.copyOf(staffAttendees);
        contactAttendees = Set.copyOf(contactAttendees);
        nextSteps = List.copyOf(nextSteps);
    }
}
