package dev.partnerportal.onboarding;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.ErrorKind;

/** The ways an onboarding or partner desk request can be refused. */
public enum OnboardingError implements ErrorCode {
    /** Argument: the longest reason allowed. */
    REASON_REQUIRED("onboarding.reason-required", ErrorKind.INVALID),
    /** The organization does not exist or the caller may not see it. */
    ORGANIZATION_NOT_FOUND("onboarding.organization-not-found", ErrorKind.NOT_FOUND);

    private final String code;
    private final ErrorKind kind;

    OnboardingError(String code, ErrorKind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
