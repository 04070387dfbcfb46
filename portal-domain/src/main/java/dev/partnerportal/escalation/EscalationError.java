package dev.partnerportal.escalation;

import dev.partnerportal.shared.ErrorCode;

/** The ways raising, answering, reopening or configuring escalations can be refused. */
public final class EscalationError {

    private EscalationError() {
    }

    /** The organization does not exist or the caller may not see it. */
    public static final ErrorCode ORGANIZATION_NOT_FOUND = ErrorCode.notFound("escalation.organization-not-found");
    /** The escalation does not exist or belongs to an organization the caller may not see. */
    public static final ErrorCode NOT_FOUND = ErrorCode.notFound("escalation.not-found");
    /** Argument: the longest title. */
    public static final ErrorCode TITLE_REQUIRED = ErrorCode.invalid("escalation.title-required");
    /** Argument: the longest description. */
    public static final ErrorCode DESCRIPTION_REQUIRED = ErrorCode.invalid("escalation.description-required");
    /** Argument: the longest message. */
    public static final ErrorCode MESSAGE_REQUIRED = ErrorCode.invalid("escalation.message-required");
    /** Argument: the largest attachment in megabytes. */
    public static final ErrorCode ATTACHMENT_TOO_LARGE = ErrorCode.invalid("escalation.attachment-too-large");
    /** The bytes are not a PDF, PNG, JPEG or plain text, whatever the file name says. */
    public static final ErrorCode ATTACHMENT_TYPE_REFUSED = ErrorCode.invalid("escalation.attachment-type-refused");
    /** Arguments: the current and the requested status. */
    public static final ErrorCode STATUS_CHANGE_REFUSED = ErrorCode.conflict("escalation.status-change-refused");
    /** Only staff change the status forward; partners add messages, close or reopen. */
    public static final ErrorCode STATUS_CHANGE_FORBIDDEN = ErrorCode.forbidden("escalation.status-change-forbidden");
    /** Only a resolved escalation can be reopened. */
    public static final ErrorCode NOT_RESOLVED = ErrorCode.conflict("escalation.not-resolved");
    /** Argument: the reopening window in days. */
    public static final ErrorCode REOPEN_WINDOW_PASSED = ErrorCode.conflict("escalation.reopen-window-passed");
    /** A closed escalation takes no more messages. */
    public static final ErrorCode CLOSED = ErrorCode.conflict("escalation.closed");
    /** Arguments: the lowest and highest number of business hours. */
    public static final ErrorCode TARGET_OUT_OF_RANGE = ErrorCode.invalid("escalation.target-out-of-range");
    /** A working day starts before it ends, and a week has at least one. */
    public static final ErrorCode BUSINESS_HOURS_INVALID = ErrorCode.invalid("escalation.business-hours-invalid");
    /** Argument: the time zone that does not exist. */
    public static final ErrorCode UNKNOWN_TIME_ZONE = ErrorCode.invalid("escalation.unknown-time-zone");
    /** Argument: the longest reopening window in days. */
    public static final ErrorCode REOPEN_DAYS_OUT_OF_RANGE = ErrorCode.invalid("escalation.reopen-days-out-of-range");
    /** Argument: the longest holiday name. */
    public static final ErrorCode HOLIDAY_NAME_REQUIRED = ErrorCode.invalid("escalation.holiday-name-required");
}
