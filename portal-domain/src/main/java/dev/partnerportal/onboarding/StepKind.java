package dev.partnerportal.onboarding;

/** What an onboarding step asks for. The first two can complete themselves; see {@link OnboardingActivity}. */
public enum StepKind {
    READ_CONTENT, COMPLETE_COURSE, KICKOFF_CALL, SIGN_AGREEMENT, DISCOVERY_SURVEY;

    /** True for steps that the portal completes when it sees the activity happen. */
    public boolean completesAutomatically() {
        return this == READ_CONTENT || this == COMPLETE_COURSE || this == DISCOVERY_SURVEY;
    }
}
