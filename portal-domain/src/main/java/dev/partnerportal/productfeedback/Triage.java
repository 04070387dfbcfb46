package dev.partnerportal.productfeedback;

import org.jspecify.annotations.Nullable;

/**
 * A staff decision on a submission; a null part stays as it is. A blank reply removes the reply.
 */
public record Triage(@Nullable FeedbackStatus status, @Nullable FeedbackVisibility visibility, @Nullable String reply) {

    public static final int REPLY_MAX_LENGTH = 2000;
}
