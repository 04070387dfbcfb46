package dev.partnerportal.recruitment;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.ErrorKind;

/** The ways an application for the partner program, or a decision on one, can be refused. */
public enum RecruitmentError implements ErrorCode {
    /** Arguments: the lowest and the highest answer. */
    ANSWER_OUT_OF_RANGE("recruitment.answer-out-of-range", ErrorKind.INVALID),
    /** Argument: the longest reason allowed. */
    REASON_REQUIRED("recruitment.reason-required", ErrorKind.INVALID),
    ALREADY_DECIDED("recruitment.already-decided", ErrorKind.CONFLICT),
    APPLICATION_NOT_FOUND("recruitment.application-not-found", ErrorKind.NOT_FOUND),
    /** Argument: the company name that is taken. */
    ORGANIZATION_EXISTS("recruitment.organization-exists", ErrorKind.CONFLICT),
    TOO_MANY_APPLICATIONS("recruitment.too-many-applications", ErrorKind.TOO_MANY_REQUESTS);

    private final String code;
    private final ErrorKind kind;

    RecruitmentError(String code, ErrorKind kind) {
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
