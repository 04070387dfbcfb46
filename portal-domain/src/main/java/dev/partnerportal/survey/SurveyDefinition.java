package dev.partnerportal.survey;

import dev.partnerportal.shared.PortalLanguages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A survey's questions in order, as forms and results show them. {@code title} is the English title; {@code titles}
 * and {@code intros} hold every language it was written in, read through {@link #title(Locale)} and
 * {@link #intro(Locale)}, which fall back to English text by text.
 */
public record SurveyDefinition(SurveyId id, String title, List<Question> questions, Map<String, String> titles,
                               Map<String, String> intros) {

    public static final int TITLE_MAX_LENGTH = 200;

    public SurveyDefinition {
        questions = List.copyOf(questions);
        titles = Map.copyOf(titles);
        intros = Map.copyOf(intros);
    }

    /** A survey written in English only. */
    public SurveyDefinition(SurveyId id, String title, List<Question> questions) {
        this(id, title, questions, Map.of(PortalLanguages.FALLBACK, title), Map.of());
    }

    /** The title in {@code locale}'s language, or the English one. */
    public String title(Locale locale) {
        return titles.getOrDefault(locale.getLanguage(), title);
    }

    /** The introduction in {@code locale}'s language, else the English one; null when the survey has none. */
    public @Nullable String intro(Locale locale) {
        var intro = intros.get(locale.getLanguage());
        return intro != null ? intro : intros.get(PortalLanguages.FALLBACK);
    }

    /** The texts as the builder edits them. */
    public SurveyTexts texts() {
        return new SurveyTexts(titles, intros);
    }
}
