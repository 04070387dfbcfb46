package dev.partnerportal.productfeedback;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.ErrorKind;

/** The ways submitting, triaging or voting on product feedback can be refused. */
public enum ProductFeedbackError implements ErrorCode {
    /** The submission does not exist, or the caller may not see it. */
    NOT_FOUND("productfeedback.not-found", ErrorKind.NOT_FOUND),
    /** Argument: the longest product area. */
    AREA_REQUIRED("productfeedback.area-required", ErrorKind.INVALID),
    /** Argument: the longest title. */
    TITLE_REQUIRED("productfeedback.title-required", ErrorKind.INVALID),
    /** Argument: the longest description. */
    DESCRIPTION_REQUIRED("productfeedback.description-required", ErrorKind.INVALID),
    /** Argument: the longest reply. */
    REPLY_TOO_LONG("productfeedback.reply-too-long", ErrorKind.INVALID),
    /** The organization does not take part in the beta the submission names. */
    NOT_A_BETA_PARTICIPANT("productfeedback.not-a-beta-participant", ErrorKind.INVALID),
    /** Arguments: the current and the requested status. */
    STATUS_CHANGE_NOT_ALLOWED("productfeedback.status-change-not-allowed", ErrorKind.CONFLICT),
    /** Feedback stays with its organization; only ideas may be shown to all partners. */
    ONLY_IDEAS_PUBLIC("productfeedback.only-ideas-public", ErrorKind.INVALID),
    /** Votes are for ideas shown to all partners and not yet shipped or declined. */
    NOT_OPEN_FOR_VOTES("productfeedback.not-open-for-votes", ErrorKind.CONFLICT);

    private final String code;
    private final ErrorKind kind;

    ProductFeedbackError(String code, ErrorKind kind) {
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
