package dev.partnerportal.onboarding;

import dev.partnerportal.shared.OrganizationId;

/**
 * Something a partner did that may complete an onboarding step: read a content item, finished a course,
 * answered a survey. Other modules publish it (content and training sit above the domain and may not be
 * called from here); {@code reference} is the item slug, course code or survey key the step names.
 */
public record OnboardingActivity(OrganizationId organization, StepKind kind, String reference) {

    /** The reference of the template steps that ask for the program's discovery survey. */
    public static final String DISCOVERY_SURVEY_REFERENCE = "discovery";

    /** The organization answered the program's discovery survey. */
    public static OnboardingActivity discoverySurveyAnswered(OrganizationId organization) {
        return new OnboardingActivity(organization, StepKind.DISCOVERY_SURVEY, DISCOVERY_SURVEY_REFERENCE);
    }
}
