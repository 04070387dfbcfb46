package dev.partnerportal.survey;

/** Where the caller stands with a wave. */
public enum ResponseState {
    NOT_STARTED,
    DRAFT,
    SUBMITTED
}
