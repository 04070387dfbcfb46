package dev.partnerportal.productfeedback;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A submission as the caller may see it. Partners see another organization's public idea without the
 * organization's name and without the reply, which is written to the submitting organization.
 */
public record FeedbackItem(FeedbackId id, FeedbackKind kind, String productArea, String title, String description,
                           FeedbackStatus status, FeedbackVisibility visibility, @Nullable String organizationName,
                           boolean ownOrganization, @Nullable String reply, @Nullable Instant repliedAt,
                           @Nullable String betaName, int votes, boolean votedByMe, Instant submittedAt) {
}
