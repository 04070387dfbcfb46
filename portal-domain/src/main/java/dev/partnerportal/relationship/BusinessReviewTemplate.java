package dev.partnerportal.relationship;

import java.util.List;

/** What a business review covers, in order: strategy first, never only the renewal. */
public record BusinessReviewTemplate(List<Topic> agenda) {

    /** The template every business review starts from. */
    public static final BusinessReviewTemplate STANDARD = new BusinessReviewTemplate(
            List.of(Topic.STRATEGY, Topic.PIPELINE, Topic.PRODUCT_FEEDBACK, Topic.ENABLEMENT));

    public BusinessReviewTemplate {
        agenda = List.copyOf(agenda);
    }
}
