package dev.partnerportal.recruitment;

import dev.partnerportal.shared.ErrorCode;

/** The ways an application for the partner program, or a decision on one, can be refused. */
public final class RecruitmentError {

    /** Arguments: the lowest and the highest answer. */
    public static final ErrorCode ANSWER_OUT_OF_RANGE = ErrorCode.invalid("recruitment.answer-out-of-range");
    /** Argument: the longest reason allowed. */
    public static final ErrorCode REASON_REQUIRED = ErrorCode.invalid("recruitment.reason-required");
    public static final ErrorCode ALREADY_DECIDED = ErrorCode.conflict("recruitment.already-decided");
    public static final ErrorCode APPLICATION_NOT_FOUND = ErrorCode.notFound("recruitment.application-not-found");
    /** Argument: the company name that is taken. */
    public static final ErrorCode ORGANIZATION_EXISTS = ErrorCode.conflict("recruitment.organization-exists");
    public static final ErrorCode TOO_MANY_APPLICATIONS = ErrorCode.tooManyRequests("recruitment.too-many-applications");

    private RecruitmentError() {
    }
}
