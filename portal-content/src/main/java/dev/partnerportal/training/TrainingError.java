package dev.partnerportal.training;

import dev.partnerportal.shared.ErrorCode;

/** The ways a training request can be refused. */
public final class TrainingError {

    /** The attempt limit is used up; the API adds {@code reason}. */
    public static final ErrorCode NO_ATTEMPTS_LEFT = ErrorCode.conflict("training.no-attempts-left");
    /** A failed attempt's cool-down runs. Arguments: when the next attempt may start; the API adds {@code until}. */
    public static final ErrorCode COOLING_DOWN = ErrorCode.conflict("training.cooling-down");
    public static final ErrorCode ATTEMPT_SUBMITTED = ErrorCode.conflict("training.attempt-submitted");
    /** Arguments: the value, the maximum length. */
    public static final ErrorCode CODE_FORMAT = ErrorCode.invalid("training.code-format");
    /** Arguments: the maximum length. */
    public static final ErrorCode TITLE_LENGTH = ErrorCode.invalid("training.title-length");
    /** Arguments: the maximum length. */
    public static final ErrorCode SUMMARY_TOO_LONG = ErrorCode.invalid("training.summary-too-long");
    public static final ErrorCode LESSONS_REQUIRED = ErrorCode.invalid("training.lessons-required");
    public static final ErrorCode TOO_MANY_LESSONS = ErrorCode.invalid("training.too-many-lessons");
    /** Arguments: the most minutes. */
    public static final ErrorCode ESTIMATE_RANGE = ErrorCode.invalid("training.estimate-range");
    /** Arguments: the highest pass mark, the most attempts, the longest cool-down in hours. */
    public static final ErrorCode QUIZ_SETTINGS = ErrorCode.invalid("training.quiz-settings");
    /** Arguments: the maximum length. */
    public static final ErrorCode QUESTION_TEXT_LENGTH = ErrorCode.invalid("training.question-text-length");
    /** Arguments: the most options. */
    public static final ErrorCode QUESTION_OPTIONS = ErrorCode.invalid("training.question-options");
    public static final ErrorCode QUESTION_ANSWER_KEY = ErrorCode.invalid("training.question-answer-key");
    public static final ErrorCode PATH_EXISTS = ErrorCode.conflict("training.path-exists");
    public static final ErrorCode PATH_COURSE_MISSING = ErrorCode.invalid("training.path-course-missing");
    /** Arguments: the maximum title length. */
    public static final ErrorCode PATH_INCOMPLETE = ErrorCode.invalid("training.path-incomplete");

    /** Arguments: the most courses a path holds. */
    public static final ErrorCode PATH_COURSES = ErrorCode.invalid("training.path-courses");
    public static final ErrorCode COURSE_EXISTS = ErrorCode.conflict("training.course-exists");
    public static final ErrorCode QUIZ_EXISTS = ErrorCode.conflict("training.quiz-exists");
    /** The course, quiz or learning path an editor names does not exist. */
    public static final ErrorCode NOT_FOUND = ErrorCode.notFound("training.not-found");

    private TrainingError() {
    }
}
