package dev.partnerportal.recruitment;

import dev.partnerportal.partner.PartnerType;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An application to join the program as reviewers see it: what the company said, its score and the decision. */
public record SubmittedApplication(
        long id,
        String companyName,
        @Nullable String website,
        PartnerType partnerType,
        String region,
        String contactName,
        String contactEmail,
        int ready,
        int willing,
        int able,
        int values,
        @Nullable String motivation,
        int score,
        ApplicationStatus status,
        @Nullable String decisionReason,
        Instant submittedAt,
        @Nullable Long organizationId) {

    /** The longest reason a reviewer may give for a decision. */
    public static final int REASON_MAX_LENGTH = PartnerApplication.REASON_MAX_LENGTH;

    static SubmittedApplication of(PartnerApplication a) {
        return new SubmittedApplication(a.getId(), a.getCompanyName(), a.getWebsite(), a.getPartnerType(), a.getRegion(),
                a.getContactName(), a.getContactEmail(), a.getReady(), a.getWilling(), a.getAble(), a.getValues(),
                a.getMotivation(), a.getScore(), a.getStatus(), a.getDecisionReason(), a.getSubmittedAt(),
                a.getOrganizationId());
    }
}
