package dev.partnerportal.survey;

import org.jspecify.annotations.Nullable;

/**
 * A response was submitted. {@code npsScore} is the answer to the survey's first NPS question, if any;
 * {@code attributed} is false for anonymous waves, whose listeners must not try to identify anyone.
 */
public record SurveyResponseSubmitted(long responseId, WaveId wave, @Nullable Long organizationId,
                                      @Nullable Integer npsScore, boolean attributed) {
}
