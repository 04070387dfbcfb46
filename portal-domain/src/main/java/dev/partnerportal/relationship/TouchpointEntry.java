package dev.partnerportal.relationship;

import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One logged contact with a partner. {@code people} is the free text touchpoints named attendees with before
 * attendees were people of the team; newer touchpoints name them in {@code staffAttendees} and {@code contactAttendees}.
 */
public record TouchpointEntry(long id, OrganizationId organization, TouchpointKind kind, LocalDate happenedOn,
                              List<Topic> topics, @Nullable String agenda, @Nullable String people, String notes,
                              List<UserId> staffAttendees, List<Long> contactAttendees, List<NextStepEntry> nextSteps) {

    public TouchpointEntry {
        topics = List.copyOf(topics);
        staffAttendees = List.copyOf(staffAttendees);
        contactAttendees = List.copyOf(contactAttendees);
        nextSteps = List.copyOf(nextSteps);
    }
}
