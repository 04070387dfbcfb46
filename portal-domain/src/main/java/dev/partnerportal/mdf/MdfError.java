package dev.partnerportal.mdf;

import dev.partnerportal.shared.ErrorCode;

/** The ways allocating, requesting, deciding and claiming market development funds can be refused. */
public final class MdfError {

    private MdfError() {
    }

    /** The organization does not exist or the caller may not see it. */
    public static final ErrorCode ORGANIZATION_NOT_FOUND = ErrorCode.notFound("mdf.organization-not-found");
    /** The fund request does not exist or belongs to an organization the caller may not see. */
    public static final ErrorCode REQUEST_NOT_FOUND = ErrorCode.notFound("mdf.request-not-found");
    /** The claim does not exist or belongs to an organization the caller may not see. */
    public static final ErrorCode CLAIM_NOT_FOUND = ErrorCode.notFound("mdf.claim-not-found");
    /** A quarter is written like 2026-Q4. */
    public static final ErrorCode QUARTER_INVALID = ErrorCode.invalid("mdf.quarter-invalid");
    /** Argument: the largest amount. */
    public static final ErrorCode AMOUNT_INVALID = ErrorCode.invalid("mdf.amount-invalid");
    /** A currency is a three-letter ISO 4217 code. */
    public static final ErrorCode CURRENCY_INVALID = ErrorCode.invalid("mdf.currency-invalid");
    /** Argument: the amount already reserved, which the new amount may not go below. */
    public static final ErrorCode AMOUNT_BELOW_RESERVED = ErrorCode.conflict("mdf.amount-below-reserved");
    /** The currency of an allocation with reservations stays. */
    public static final ErrorCode CURRENCY_LOCKED = ErrorCode.conflict("mdf.currency-locked");
    /** Argument: the quarter without an allocation. */
    public static final ErrorCode NO_ALLOCATION = ErrorCode.conflict("mdf.no-allocation");
    /** Arguments: the amount still free and its currency. */
    public static final ErrorCode ALLOCATION_EXCEEDED = ErrorCode.conflict("mdf.allocation-exceeded");
    /** Argument: the longest title. */
    public static final ErrorCode TITLE_REQUIRED = ErrorCode.invalid("mdf.title-required");
    /** Argument: the longest plan. */
    public static final ErrorCode PLAN_REQUIRED = ErrorCode.invalid("mdf.plan-required");
    /** Argument: the most expected leads. */
    public static final ErrorCode EXPECTED_LEADS_INVALID = ErrorCode.invalid("mdf.expected-leads-invalid");
    /** The activity ends before it starts, or lies outside the allocation's quarter. */
    public static final ErrorCode DATES_INVALID = ErrorCode.invalid("mdf.dates-invalid");
    /** Argument: the longest reason. */
    public static final ErrorCode REASON_REQUIRED = ErrorCode.invalid("mdf.reason-required");
    /** Arguments: the current status and the one asked for. */
    public static final ErrorCode STATUS_CHANGE_REFUSED = ErrorCode.conflict("mdf.status-change-refused");
    /** Claims are made on approved requests only. */
    public static final ErrorCode REQUEST_NOT_APPROVED = ErrorCode.conflict("mdf.request-not-approved");
    /** A request has one claim in progress or paid at a time. */
    public static final ErrorCode CLAIM_EXISTS = ErrorCode.conflict("mdf.claim-exists");
    /** Arguments: the approved cost and its currency. */
    public static final ErrorCode CLAIM_ABOVE_APPROVED = ErrorCode.invalid("mdf.claim-above-approved");
    /** Argument: the most proof files. */
    public static final ErrorCode PROOF_REQUIRED = ErrorCode.invalid("mdf.proof-required");
    /** Argument: the largest proof file in megabytes. */
    public static final ErrorCode PROOF_TOO_LARGE = ErrorCode.invalid("mdf.proof-too-large");
    /** The bytes are not a PDF, PNG or JPEG, whatever the file name says. */
    public static final ErrorCode PROOF_TYPE_REFUSED = ErrorCode.invalid("mdf.proof-type-refused");
}
