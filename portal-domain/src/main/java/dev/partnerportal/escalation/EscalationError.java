package dev.partnerportal.escalation;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.ErrorKind;

/** The ways raising, answering, reopening or configuring escalations can be refused. */
public enum EscalationError implements ErrorCode {
    /** The organization does not exist or the caller may not see it. */
    ORGANIZATION_NOT_FOUND("escalation.organization-not-found", ErrorKind.NOT_FOUND),
    /** The escalation does not exist or belongs to an organization the caller may not see. */
    NOT_FOUND("escalation.not-found", ErrorKind.NOT_FOUND),
    /** Argument: the longest title. */
    TITLE_REQUIRED("escalation.title-required", ErrorKind.INVALID),
    /** Argument: the longest description. */
    DESCRIPTION_REQUIRED("escalation.description-required", ErrorKind.INVALID),
    /** Argument: the longest message. */
    MESSAGE_REQUIRED("escalation.message-required", ErrorKind.INVALID),
    /** Argument: the largest attachment in megabytes. */
    ATTACHMENT_TOO_LARGE("escalation.attachment-too-large", ErrorKind.INVALID),
    /** The bytes are not a PDF, PNG, JPEG or plain text, whatever the file name says. */
    ATTACHMENT_TYPE_REFUSED("escalation.attachment-type-refused", ErrorKind.INVALID),
    /** Arguments: the current and the requested status. */
    STATUS_CHANGE_REFUSED("escalation.status-change-refused", ErrorKind.CONFLICT),
    /** Only staff change the status forward; partners add messages, close or reopen. */
    STATUS_CHANGE_FORBIDDEN("escalation.status-change-forbidden", ErrorKind.FORBIDDEN),
    /** Only a resolved escalation can be reopened. */
    NOT_RESOLVED("escalation.not-resolved", ErrorKind.CONFLICT),
    /** Argument: the reopening window in days. */
    REOPEN_WINDOW_PASSED("escalation.reopen-window-passed", ErrorKind.CONFLICT),
    /** A closed escalation takes no more messages. */
    CLOSED("escalation.closed", ErrorKind.CONFLICT),
    /** Arguments: the lowest and highest number of business hours. */
    TARGET_OUT_OF_RANGE("escalation.target-out-of-range", ErrorKind.INVALID),
    /** A working day starts before it ends, and a week has at least one. */
    BUSINESS_HOURS_INVALID("escalation.business-hours-invalid", ErrorKind.INVALID),
    /** Argument: the time zone that does not exist. */
    UNKNOWN_TIME_ZONE("escalation.unknown-time-zone", ErrorKind.INVALID),
    /** Argument: the longest reopening window in days. */
    REOPEN_DAYS_OUT_OF_RANGE("escalation.reopen-days-out-of-range", ErrorKind.INVALID),
    /** Argument: the longest holiday name. */
    HOLIDAY_NAME_REQUIRED("escalation.holiday-name-required", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;

    EscalationError(String code, ErrorKind kind) {
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
