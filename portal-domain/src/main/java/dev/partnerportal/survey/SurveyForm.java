package dev.partnerportal.survey;

import java.util.Map;

/**
 * What a respondent sees: the wave, its questions, their own answers so far (by question id), and whether
 * they can still change them ({@code editable}: the wave is open and the response not yet submitted).
 */
public record SurveyForm(WaveSummary wave, SurveyDefinition survey, Map<Long, Answer> answers, ResponseState state,
                         boolean editable) {

    public SurveyForm {
        answers = Map.copyOf(answers);
    }
}
