package dev.partnerportal.productfeedback;

import dev.partnerportal.shared.ErrorCode;

/** The ways submitting, triaging or voting on product feedback can be refused. */
public final class ProductFeedbackError {

    private ProductFeedbackError() {
    }

    /** The submission does not exist, or the caller may not see it. */
    public static final ErrorCode NOT_FOUND = ErrorCode.notFound("productfeedback.not-found");
    /** Argument: the longest product area. */
    public static final ErrorCode AREA_REQUIRED = ErrorCode.invalid("productfeedback.area-required");
    /** Argument: the longest title. */
    public static final ErrorCode TITLE_REQUIRED = ErrorCode.invalid("productfeedback.title-required");
    /** Argument: the longest description. */
    public static final ErrorCode DESCRIPTION_REQUIRED = ErrorCode.invalid("productfeedback.description-required");
    /** Argument: the longest reply. */
    public static final ErrorCode REPLY_TOO_LONG = ErrorCode.invalid("productfeedback.reply-too-long");
    /** The organization does not take part in the beta the submission names. */
    public static final ErrorCode NOT_A_BETA_PARTICIPANT = ErrorCode.invalid("productfeedback.not-a-beta-participant");
    /** Arguments: the current and the requested status. */
    public static final ErrorCode STATUS_CHANGE_NOT_ALLOWED = ErrorCode.conflict("productfeedback.status-change-not-allowed");
    /** Feedback stays with its organization; only ideas may be shown to all partners. */
    public static final ErrorCode ONLY_IDEAS_PUBLIC = ErrorCode.invalid("productfeedback.only-ideas-public");
    /** Votes are for ideas shown to all partners and not yet shipped or declined. */
    public static final ErrorCode NOT_OPEN_FOR_VOTES = ErrorCode.conflict("productfeedback.not-open-for-votes");
}
