package dev.partnerportal.earlyaccess;

import dev.partnerportal.shared.ErrorCode;

/** The ways opening a beta, applying, inviting or deciding can be refused. */
public final class EarlyAccessError {

    private EarlyAccessError() {
    }

    /** The beta does not exist, or the caller may not see it. */
    public static final ErrorCode BETA_NOT_FOUND = ErrorCode.notFound("earlyaccess.beta-not-found");
    /** The organization does not exist, or the caller may not see it. */
    public static final ErrorCode ORGANIZATION_NOT_FOUND = ErrorCode.notFound("earlyaccess.organization-not-found");
    /** Argument: the longest name. */
    public static final ErrorCode NAME_REQUIRED = ErrorCode.invalid("earlyaccess.name-required");
    public static final ErrorCode NAME_TAKEN = ErrorCode.conflict("earlyaccess.name-taken");
    /** Argument: the longest description. */
    public static final ErrorCode DESCRIPTION_REQUIRED = ErrorCode.invalid("earlyaccess.description-required");
    /** Argument: the largest capacity. */
    public static final ErrorCode CAPACITY_OUT_OF_RANGE = ErrorCode.invalid("earlyaccess.capacity-out-of-range");
    public static final ErrorCode DATES_OUT_OF_ORDER = ErrorCode.invalid("earlyaccess.dates-out-of-order");
    public static final ErrorCode UNKNOWN_TIER = ErrorCode.invalid("earlyaccess.unknown-tier");
    /** The organization's tier or partner type does not meet the beta's eligibility. */
    public static final ErrorCode NOT_ELIGIBLE = ErrorCode.conflict("earlyaccess.not-eligible");
    /** The beta has ended; nobody joins it any more. */
    public static final ErrorCode BETA_ENDED = ErrorCode.conflict("earlyaccess.beta-ended");
    /** The organization applied, was invited or was decided on already. */
    public static final ErrorCode ALREADY_REQUESTED = ErrorCode.conflict("earlyaccess.already-requested");
    /** Argument: the capacity. Every place is taken. */
    public static final ErrorCode FULL = ErrorCode.conflict("earlyaccess.full");
    /** Only an application still waiting for a decision can be accepted or declined. */
    public static final ErrorCode NOT_PENDING = ErrorCode.conflict("earlyaccess.not-pending");
}
