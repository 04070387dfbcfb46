package dev.partnerportal.survey;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.ErrorKind;

/** The ways a survey request can be refused; the four published before codes keep their problem types. */
public enum SurveyError implements ErrorCode {
    NOT_FOUND("survey.not-found", ErrorKind.NOT_FOUND, "not-found"),
    ALREADY_ANSWERED("survey.already-answered", ErrorKind.CONFLICT, "already-answered"),
    CLOSED("survey.closed", ErrorKind.CONFLICT, "closed"),
    /** Required questions are unanswered; the ids are in {@code missingQuestionIds}. */
    INCOMPLETE("survey.incomplete", ErrorKind.INVALID, "incomplete"),
    UNKNOWN_QUESTION("survey.unknown-question", ErrorKind.INVALID, null),
    /** A question is answered twice in one request. Argument: the question id. */
    ANSWERED_TWICE("survey.answered-twice", ErrorKind.INVALID, null),
    /** Arguments: question number. */
    ANSWER_TAKES_TEXT("survey.answer-takes-text", ErrorKind.INVALID, null),
    /** Arguments: question number, lowest, highest allowed value. */
    ANSWER_OUT_OF_RANGE("survey.answer-out-of-range", ErrorKind.INVALID, null),
    /** Arguments: the maximum length. */
    ANSWER_TOO_LONG("survey.answer-too-long", ErrorKind.INVALID, null),
    /** Arguments: the maximum length. */
    TITLE_LENGTH("survey.title-length", ErrorKind.INVALID, null),
    NO_QUESTIONS("survey.no-questions", ErrorKind.INVALID, null),
    QUESTION_TEXT_REQUIRED("survey.question-text-required", ErrorKind.INVALID, null),
    /** Arguments: the maximum length. */
    QUESTION_TEXT_LENGTH("survey.question-text-length", ErrorKind.INVALID, null),
    OPTIONS_REQUIRED("survey.options-required", ErrorKind.INVALID, null),
    OPTIONS_NOT_ALLOWED("survey.options-not-allowed", ErrorKind.INVALID, null),
    /** Arguments: the language tag. */
    OPTIONS_MISMATCH("survey.options-mismatch", ErrorKind.INVALID, null),
    FOLLOW_UP_INCOMPLETE("survey.follow-up-incomplete", ErrorKind.INVALID, null),
    FOLLOW_UP_RANGE_EMPTY("survey.follow-up-range-empty", ErrorKind.INVALID, null),
    FOLLOW_UP_PARENT("survey.follow-up-parent", ErrorKind.INVALID, null),
    /** Arguments: the maximum length. */
    WAVE_NAME_LENGTH("survey.wave-name-length", ErrorKind.INVALID, null),
    WAVE_CLOSES_BEFORE_OPENING("survey.wave-closes-before-opening", ErrorKind.INVALID, null),
    AUDIENCE_VALUES_REQUIRED("survey.audience-values-required", ErrorKind.INVALID, null),
    AUDIENCE_VALUES_NOT_ALLOWED("survey.audience-values-not-allowed", ErrorKind.INVALID, null),
    /** Arguments: the maximum length. */
    AUDIENCE_VALUE_LENGTH("survey.audience-value-length", ErrorKind.INVALID, null),
    AUDIENCE_ORGANIZATION_IDS("survey.audience-organization-ids", ErrorKind.INVALID, null),
    ALREADY_INVITED("survey.already-invited", ErrorKind.CONFLICT, null),
    UNKNOWN_ORGANIZATION("survey.unknown-organization", ErrorKind.INVALID, null),
    ANONYMOUS_FILTER("survey.anonymous-filter", ErrorKind.INVALID, null),
    FOLLOW_UP_CLOSED("survey.follow-up-closed", ErrorKind.CONFLICT, null),
    /** Arguments: the maximum length. */
    RESOLUTION_LENGTH("survey.resolution-length", ErrorKind.INVALID, null);

    private final String code;
    private final ErrorKind kind;
    private final String problemType;

    SurveyError(String code, ErrorKind kind, @org.jspecify.annotations.Nullable String problemType) {
        this.code = code;
        this.kind = kind;
        this.problemType = problemType != null ? problemType : kind.problemType();
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }

    @Override
    public String problemType() {
        return problemType;
    }
}
