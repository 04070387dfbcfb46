package dev.partnerportal.onboarding;

import dev.partnerportal.shared.ErrorCode;

/** The ways an onboarding or partner desk request can be refused. */
public final class OnboardingError {

    /** Argument: the longest reason allowed. */
    public static final ErrorCode REASON_REQUIRED = ErrorCode.invalid("onboarding.reason-required");
    /** The organization does not exist or the caller may not see it. */
    public static final ErrorCode ORGANIZATION_NOT_FOUND = ErrorCode.notFound("onboarding.organization-not-found");

    private OnboardingError() {
    }
}
