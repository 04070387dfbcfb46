package dev.partnerportal.plan;

import dev.partnerportal.shared.ErrorCode;

/** The ways a joint-plan or commitment request can be refused. */
public final class PlanError {

    private PlanError() {
    }

    /** The organization, plan or commitment does not exist or the caller may not see it. */
    public static final ErrorCode NOT_FOUND = ErrorCode.notFound("plan.not-found");
    /** Arguments: the shortest and the longest period in weeks. */
    public static final ErrorCode PERIOD_INVALID = ErrorCode.invalid("plan.period-invalid");
    public static final ErrorCode PERIOD_TAKEN = ErrorCode.conflict("plan.period-taken");
    /** The caller may not change this side's sections or commitments. Argument: the side. */
    public static final ErrorCode OTHER_SIDE = ErrorCode.forbidden("plan.other-side");
    /** Argument: the longest section. */
    public static final ErrorCode SECTION_TOO_LONG = ErrorCode.invalid("plan.section-too-long");
    public static final ErrorCode OBJECTIVE_INCOMPLETE = ErrorCode.invalid("plan.objective-incomplete");
    /** Arguments: the longest description, metric and target. */
    public static final ErrorCode OBJECTIVE_TOO_LONG = ErrorCode.invalid("plan.objective-too-long");
    /** Argument: the most objectives. */
    public static final ErrorCode TOO_MANY_OBJECTIVES = ErrorCode.invalid("plan.too-many-objectives");
    public static final ErrorCode NOT_SUBMITTED = ErrorCode.conflict("plan.not-submitted");
    public static final ErrorCode ALREADY_SUBMITTED = ErrorCode.conflict("plan.already-submitted");
    /** Only the organization's partner manager (or an administrator) approves. */
    public static final ErrorCode NOT_PARTNER_MANAGER = ErrorCode.forbidden("plan.not-partner-manager");
    /** Argument: the number of the version that does not exist. */
    public static final ErrorCode UNKNOWN_VERSION = ErrorCode.notFound("plan.unknown-version");
    /** Argument: the longest description. */
    public static final ErrorCode COMMITMENT_DESCRIPTION_REQUIRED = ErrorCode.invalid("plan.commitment-description-required");
    /** Argument: the longest owner name. */
    public static final ErrorCode COMMITMENT_OWNER_REQUIRED = ErrorCode.invalid("plan.commitment-owner-required");
    /** Argument: the last week of the plan's period. */
    public static final ErrorCode DUE_WEEK_OUT_OF_RANGE = ErrorCode.invalid("plan.due-week-out-of-range");
    public static final ErrorCode PROGRESS_OUT_OF_RANGE = ErrorCode.invalid("plan.progress-out-of-range");
    /** Argument: the longest note. */
    public static final ErrorCode NOTE_REQUIRED = ErrorCode.invalid("plan.note-required");
    public static final ErrorCode COMMITMENT_CLOSED = ErrorCode.conflict("plan.commitment-closed");
    /** The named account is not a person of the commitment's side. */
    public static final ErrorCode OWNER_NOT_ON_SIDE = ErrorCode.invalid("plan.owner-not-on-side");
}
