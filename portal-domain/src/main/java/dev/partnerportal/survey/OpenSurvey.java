package dev.partnerportal.survey;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An open wave the caller's organization is asked to answer, with the caller's own progress. {@code titles}
 * holds the survey's title per language and {@code language} the caller's stored language, if the portal
 * speaks it.
 */
public record OpenSurvey(WaveSummary wave, ResponseState state, Map<String, String> titles, @Nullable Locale language) {

    public OpenSurvey {
        titles = Map.copyOf(titles);
    }

    /** The survey's title in the caller's stored language, else in {@code browser}'s, else in English. */
    public String title(Locale browser) {
        var locale = language != null ? language : browser;
        return titles.getOrDefault(locale.getLanguage(), wave.surveyTitle());
    }
}
