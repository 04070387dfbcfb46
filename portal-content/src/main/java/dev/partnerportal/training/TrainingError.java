package dev.partnerportal.training;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.ErrorKind;

/** The ways a training request can be refused. */
public enum TrainingError implements ErrorCode {
    /** The attempt limit is used up; the API adds {@code reason}. */
    NO_ATTEMPTS_LEFT("training.no-attempts-left", ErrorKind.CONFLICT),
    /** A failed attempt's cool-down runs. Arguments: when the next attempt may start; the API adds {@code until}. */
    COOLING_DOWN("training.cooling-down", ErrorKind.CONFLICT),
    ATTEMPT_SUBMITTED("training.attempt-submitted", ErrorKind.CONFLICT),
    /** Arguments: the value, the maximum length. */
    CODE_FORMAT("training.code-format", ErrorKind.INVALID),
    /** Arguments: the maximum length. */
    TITLE_LENGTH("training.title-length", ErrorKind.INVALID),
    /** Arguments: the maximum length. */
    SUMMARY_TOO_LONG("training.summary-too-long", ErrorKind.INVALID),
    LESSONS_REQUIRED("training.lessons-required", ErrorKind.INVALID),
    TOO_MANY_LESSONS("training.too-many-lessons", ErrorKind.INVALID),
    /** Arguments: the most minutes. */
    ESTIMATE_RANGE("training.estimate-range", ErrorKind.INVALID),
    /** Arguments: the highest pass mark, the most attempts, the longest cool-down in hours. */
    QUIZ_SETTINGS("training.quiz-settings", ErrorKind.INVALID),
    /** Arguments: the maximum length. */
    QUESTION_TEXT_LENGTH("training.question-text-length", ErrorKind.INVALID),
    /** Arguments: the most options. */
    QUESTION_OPTIONS("training.question-options", ErrorKind.INVALID),
    QUESTION_ANSWER_KEY("training.question-answer-key", ErrorKind.INVALID),
    PATH_EXISTS("training.path-exists", ErrorKind.CONFLICT),
    PATH_COURSE_MISSING("training.path-course-missing", ErrorKind.INVALID),
    /** Arguments: the maximum title length. */
    PATH_INCOMPLETE("training.path-incomplete", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;

    TrainingError(String code, ErrorKind kind) {
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
