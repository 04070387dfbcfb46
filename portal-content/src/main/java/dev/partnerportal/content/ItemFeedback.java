package dev.partnerportal.content;

import java.time.Instant;
import java.util.List;

/** What partners said about one item: the helpful/not helpful counts and every answer, newest first. */
public record ItemFeedback(long helpful, long notHelpful, List<Entry> entries) {

    public static final int COMMENT_MAX_LENGTH = ContentFeedbackEntry.COMMENT_MAX_LENGTH;

    /** One answer; {@code organization} is the partner organization's name, or empty for staff. */
    public record Entry(boolean helpful, String comment, String organization, Instant at) {
    }
}
