package dev.partnerportal.survey;

/** An open wave the caller's organization is asked to answer, with the caller's own progress. */
public record OpenSurvey(WaveSummary wave, ResponseState state) {
}
