package dev.partnerportal.productfeedback;

import dev.partnerportal.earlyaccess.BetaId;
import org.jspecify.annotations.Nullable;

/** What a partner submits; {@code beta} tags it to a beta the organization takes part in. */
public record FeedbackDraft(FeedbackKind kind, String productArea, String title, String description, @Nullable BetaId beta) {

    public static final int AREA_MAX_LENGTH = 80;
    public static final int TITLE_MAX_LENGTH = 160;
    public static final int DESCRIPTION_MAX_LENGTH = 4000;
}
