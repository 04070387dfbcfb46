package dev.partnerportal.survey;

import dev.partnerportal.shared.ErrorCode;

/** The ways a survey request can be refused; the four published before codes keep their problem types. */
public final class SurveyError {

    public static final ErrorCode NOT_FOUND = ErrorCode.notFound("survey.not-found").publishedAs("not-found");
    public static final ErrorCode ALREADY_ANSWERED = ErrorCode.conflict("survey.already-answered").publishedAs("already-answered");
    public static final ErrorCode CLOSED = ErrorCode.conflict("survey.closed").publishedAs("closed");
    /** Required questions are unanswered; the ids are in {@code missingQuestionIds}. */
    public static final ErrorCode INCOMPLETE = ErrorCode.invalid("survey.incomplete").publishedAs("incomplete");
    public static final ErrorCode UNKNOWN_QUESTION = ErrorCode.invalid("survey.unknown-question");
    /** A question is answered twice in one request. Argument: the question id. */
    public static final ErrorCode ANSWERED_TWICE = ErrorCode.invalid("survey.answered-twice");
    /** Arguments: question number. */
    public static final ErrorCode ANSWER_TAKES_TEXT = ErrorCode.invalid("survey.answer-takes-text");
    /** Arguments: question number, lowest, highest allowed value. */
    public static final ErrorCode ANSWER_OUT_OF_RANGE = ErrorCode.invalid("survey.answer-out-of-range");
    /** Arguments: the maximum length. */
    public static final ErrorCode ANSWER_TOO_LONG = ErrorCode.invalid("survey.answer-too-long");
    /** Arguments: the maximum length. */
    public static final ErrorCode TITLE_LENGTH = ErrorCode.invalid("survey.title-length");
    public static final ErrorCode INTRO_LENGTH = ErrorCode.invalid("survey.intro-length");
    public static final ErrorCode NO_QUESTIONS = ErrorCode.invalid("survey.no-questions");
    public static final ErrorCode QUESTION_TEXT_REQUIRED = ErrorCode.invalid("survey.question-text-required");
    /** Arguments: the maximum length. */
    public static final ErrorCode QUESTION_TEXT_LENGTH = ErrorCode.invalid("survey.question-text-length");
    public static final ErrorCode OPTIONS_REQUIRED = ErrorCode.invalid("survey.options-required");
    public static final ErrorCode OPTIONS_NOT_ALLOWED = ErrorCode.invalid("survey.options-not-allowed");
    /** Arguments: the language tag. */
    public static final ErrorCode OPTIONS_MISMATCH = ErrorCode.invalid("survey.options-mismatch");
    public static final ErrorCode FOLLOW_UP_INCOMPLETE = ErrorCode.invalid("survey.follow-up-incomplete");
    public static final ErrorCode FOLLOW_UP_RANGE_EMPTY = ErrorCode.invalid("survey.follow-up-range-empty");
    public static final ErrorCode FOLLOW_UP_PARENT = ErrorCode.invalid("survey.follow-up-parent");
    /** Arguments: the maximum length. */
    public static final ErrorCode WAVE_NAME_LENGTH = ErrorCode.invalid("survey.wave-name-length");
    public static final ErrorCode WAVE_CLOSES_BEFORE_OPENING = ErrorCode.invalid("survey.wave-closes-before-opening");
    public static final ErrorCode AUDIENCE_VALUES_REQUIRED = ErrorCode.invalid("survey.audience-values-required");
    public static final ErrorCode AUDIENCE_VALUES_NOT_ALLOWED = ErrorCode.invalid("survey.audience-values-not-allowed");
    /** Arguments: the maximum length. */
    public static final ErrorCode AUDIENCE_VALUE_LENGTH = ErrorCode.invalid("survey.audience-value-length");
    public static final ErrorCode AUDIENCE_ORGANIZATION_IDS = ErrorCode.invalid("survey.audience-organization-ids");
    public static final ErrorCode ALREADY_INVITED = ErrorCode.conflict("survey.already-invited");
    public static final ErrorCode UNKNOWN_ORGANIZATION = ErrorCode.invalid("survey.unknown-organization");
    public static final ErrorCode ANONYMOUS_FILTER = ErrorCode.invalid("survey.anonymous-filter");
    public static final ErrorCode FOLLOW_UP_CLOSED = ErrorCode.conflict("survey.follow-up-closed");
    /** Arguments: the maximum length. */
    public static final ErrorCode RESOLUTION_LENGTH = ErrorCode.invalid("survey.resolution-length");

    private SurveyError() {
    }
}
