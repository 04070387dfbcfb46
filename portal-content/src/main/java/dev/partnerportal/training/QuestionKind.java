package dev.partnerportal.training;

/** How a question is answered. */
public enum QuestionKind {
    /** Exactly one option is right. */
    SINGLE,
    /** One or more options are right; all of them, and nothing else, must be chosen. */
    MULTIPLE,
    /** The options are "True" and "False". */
    TRUE_FALSE
}
