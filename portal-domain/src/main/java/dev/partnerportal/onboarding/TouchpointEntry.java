package dev.partnerportal.onboarding;

import dev.partnerportal.shared.OrganizationId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One logged contact with a partner: what kind, when, with whom, and the notes. */
public record TouchpointEntry(long id, OrganizationId organization, TouchpointKind kind, LocalDate happenedOn,
                              @Nullable String people, String notes) {

    /** The longest notes a touchpoint may have. */
    public static final int NOTES_MAX_LENGTH = Touchpoint.NOTES_MAX_LENGTH;

    /** The longest list of people a touchpoint may name. */
    public static final int PEOPLE_MAX_LENGTH = Touchpoint.PEOPLE_MAX_LENGTH;

    static TouchpointEntry of(Touchpoint touchpoint) {
        return new TouchpointEntry(touchpoint.getId(), new OrganizationId(touchpoint.getOrganizationId()),
                touchpoint.getKind(), touchpoint.getHappenedOn(), touchpoint.getPeople(), touchpoint.getNotes());
    }
}
