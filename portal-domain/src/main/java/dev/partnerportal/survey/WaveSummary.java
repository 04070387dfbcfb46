package dev.partnerportal.survey;

import java.time.Instant;
import java.util.Set;

/** A wave as lists show it. */
public record WaveSummary(WaveId id, SurveyId surveyId, String surveyTitle, String name, Instant opensAt,
                          Instant closesAt, boolean anonymous, AudienceKind audienceKind, Set<String> audience,
                          Status status) {

    public enum Status { SCHEDULED, OPEN, CLOSED }
}
