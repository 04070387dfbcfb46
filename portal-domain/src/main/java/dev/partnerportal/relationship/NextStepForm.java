package dev.partnerportal.relationship;

import java.time.LocalDate;

/** A next step to record with a touchpoint: what, who (a name on either side) and by when. */
public record NextStepForm(String description, String ownerName, Side ownerSide, LocalDate dueOn) {

    public static final int DESCRIPTION_MAX_LENGTH = NextStep.DESCRIPTION_MAX_LENGTH;
    public static final int OWNER_MAX_LENGTH = NextStep.OWNER_MAX_LENGTH;
}
