package dev.partnerportal.plan;

import java.time.Instant;

/** A recorded check-in: the progress reported (0 to 100), the note, who and when. */
public record CommitmentCheckIn(int progress, String note, String checkedBy, Instant checkedAt) {

    public static final int NOTE_MAX_LENGTH = 1000;
}
