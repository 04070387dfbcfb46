package dev.partnerportal.survey;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A detractor follow-up task as the partner manager's list shows it. */
public record FollowUp(long id, String waveName, String surveyTitle, long organizationId, String organizationName,
                       @Nullable String respondent, int score, boolean open, Instant openedAt,
                       @Nullable Instant closedAt, @Nullable String resolution) {

    public static final int RESOLUTION_MAX_LENGTH = 2000;
}
