package dev.partnerportal.survey;

import java.util.List;

/** A survey's questions in order, as forms and results show them. */
public record SurveyDefinition(SurveyId id, String title, List<Question> questions) {

    public static final int TITLE_MAX_LENGTH = 200;

    public SurveyDefinition {
        questions = List.copyOf(questions);
    }
}
