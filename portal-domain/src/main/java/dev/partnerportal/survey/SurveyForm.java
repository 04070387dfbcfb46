package dev.partnerportal.survey;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a respondent sees: the wave, its questions, their own answers so far (by question id), and whether
 * they can still change them ({@code editable}: the wave is open and the response not yet submitted).
 * {@code language} is the respondent's stored language when the portal speaks it: a signed-in person's
 * preference, or for a personal link the recipient's (their account's, else the one chosen when inviting).
 */
public record SurveyForm(WaveSummary wave, SurveyDefinition survey, Map<Long, Answer> answers, ResponseState state,
                         boolean editable, @Nullable Locale language) {

    public SurveyForm {
        answers = Map.copyOf(answers);
    }

    /** The locale to show the survey in: the respondent's stored language, else {@code browser} (the page's). */
    public Locale locale(Locale browser) {
        return language != null ? language : browser;
    }
}
