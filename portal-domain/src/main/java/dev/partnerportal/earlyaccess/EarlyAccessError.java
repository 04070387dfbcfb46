package dev.partnerportal.earlyaccess;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.ErrorKind;

/** The ways opening a beta, applying, inviting or deciding can be refused. */
public enum EarlyAccessError implements ErrorCode {
    /** The beta does not exist, or the caller may not see it. */
    BETA_NOT_FOUND("earlyaccess.beta-not-found", ErrorKind.NOT_FOUND),
    /** The organization does not exist, or the caller may not see it. */
    ORGANIZATION_NOT_FOUND("earlyaccess.organization-not-found", ErrorKind.NOT_FOUND),
    /** Argument: the longest name. */
    NAME_REQUIRED("earlyaccess.name-required", ErrorKind.INVALID),
    NAME_TAKEN("earlyaccess.name-taken", ErrorKind.CONFLICT),
    /** Argument: the longest description. */
    DESCRIPTION_REQUIRED("earlyaccess.description-required", ErrorKind.INVALID),
    /** Argument: the largest capacity. */
    CAPACITY_OUT_OF_RANGE("earlyaccess.capacity-out-of-range", ErrorKind.INVALID),
    DATES_OUT_OF_ORDER("earlyaccess.dates-out-of-order", ErrorKind.INVALID),
    UNKNOWN_TIER("earlyaccess.unknown-tier", ErrorKind.INVALID),
    /** The organization's tier or partner type does not meet the beta's eligibility. */
    NOT_ELIGIBLE("earlyaccess.not-eligible", ErrorKind.CONFLICT),
    /** The beta has ended; nobody joins it any more. */
    BETA_ENDED("earlyaccess.beta-ended", ErrorKind.CONFLICT),
    /** The organization applied, was invited or was decided on already. */
    ALREADY_REQUESTED("earlyaccess.already-requested", ErrorKind.CONFLICT),
    /** Argument: the capacity. Every place is taken. */
    FULL("earlyaccess.full", ErrorKind.CONFLICT),
    /** Only an application still waiting for a decision can be accepted or declined. */
    NOT_PENDING("earlyaccess.not-pending", ErrorKind.CONFLICT);

    private final String code;
    private final ErrorKind kind;

    EarlyAccessError(String code, ErrorKind kind) {
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
