package dev.partnerportal.plan;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.ErrorKind;

/** The ways a joint-plan or commitment request can be refused. */
public enum PlanError implements ErrorCode {
    /** The organization, plan or commitment does not exist or the caller may not see it. */
    NOT_FOUND("plan.not-found", ErrorKind.NOT_FOUND),
    /** Arguments: the shortest and the longest period in weeks. */
    PERIOD_INVALID("plan.period-invalid", ErrorKind.INVALID),
    PERIOD_TAKEN("plan.period-taken", ErrorKind.CONFLICT),
    /** The caller may not change this side's sections or commitments. Argument: the side. */
    OTHER_SIDE("plan.other-side", ErrorKind.FORBIDDEN),
    /** Argument: the longest section. */
    SECTION_TOO_LONG("plan.section-too-long", ErrorKind.INVALID),
    OBJECTIVE_INCOMPLETE("plan.objective-incomplete", ErrorKind.INVALID),
    /** Arguments: the longest description, metric and target. */
    OBJECTIVE_TOO_LONG("plan.objective-too-long", ErrorKind.INVALID),
    /** Argument: the most objectives. */
    TOO_MANY_OBJECTIVES("plan.too-many-objectives", ErrorKind.INVALID),
    NOT_SUBMITTED("plan.not-submitted", ErrorKind.CONFLICT),
    ALREADY_SUBMITTED("plan.already-submitted", ErrorKind.CONFLICT),
    /** Only the organization's partner manager (or an administrator) approves. */
    NOT_PARTNER_MANAGER("plan.not-partner-manager", ErrorKind.FORBIDDEN),
    /** Argument: the number of the version that does not exist. */
    UNKNOWN_VERSION("plan.unknown-version", ErrorKind.NOT_FOUND),
    /** Argument: the longest description. */
    COMMITMENT_DESCRIPTION_REQUIRED("plan.commitment-description-required", ErrorKind.INVALID),
    /** Argument: the longest owner name. */
    COMMITMENT_OWNER_REQUIRED("plan.commitment-owner-required", ErrorKind.INVALID),
    /** Argument: the last week of the plan's period. */
    DUE_WEEK_OUT_OF_RANGE("plan.due-week-out-of-range", ErrorKind.INVALID),
    PROGRESS_OUT_OF_RANGE("plan.progress-out-of-range", ErrorKind.INVALID),
    /** Argument: the longest note. */
    NOTE_REQUIRED("plan.note-required", ErrorKind.INVALID),
    COMMITMENT_CLOSED("plan.commitment-closed", ErrorKind.CONFLICT),
    /** The named account is not a person of the commitment's side. */
    OWNER_NOT_ON_SIDE("plan.owner-not-on-side", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;

    PlanError(String code, ErrorKind kind) {
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
