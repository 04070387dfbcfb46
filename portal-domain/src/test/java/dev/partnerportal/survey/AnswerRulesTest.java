package dev.partnerportal.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.shared.RuleViolation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Answers are checked against the questions: ranges, follow-ups, required questions, languages. */
class AnswerRulesTest {

    private static final Question NPS = new Question(1, 1, QuestionKind.NPS, true,
            Map.of("en", "Recommend?", "ar", "توصي؟"), Map.of(), null, null, null);
    private static final Question WHY = new Question(2, 2, QuestionKind.FREE_TEXT, true,
            Map.of("en", "What would it take?"), Map.of(), 1, 0, 8);
    private static final Question AREAS = new Question(3, 3, QuestionKind.MULTIPLE_CHOICE, false,
            Map.of("en", "Areas"), Map.of("en", List.of("Training", "Support")), null, null, null);
    private static final Question RATING = new Question(4, 4, QuestionKind.RATING, false,
            Map.of("en", "Rate"), Map.of(), null, null, null);
    private static final SurveyDefinition SURVEY = new SurveyDefinition(new SurveyId(1), "NPS", List.of(NPS, WHY, AREAS, RATING));

    @Test
    void theFollowUpIsRequiredBelowNineAndDroppedFromNineUp() {
        assertThatThrownBy(() -> AnswerRules.check(SURVEY, Map.of(1L, Answer.number(8)), true))
                .isInstanceOf(IncompleteResponseException.class)
                .satisfies(e -> assertThat(((IncompleteResponseException) e).missing()).containsExactly(2L))
                .satisfies(e -> assertThat(((RuleViolation) e).details()).containsEntry("missingQuestionIds", List.of(2L)))
                .satisfies(e -> assertThat(((RuleViolation) e).error()).isEqualTo(SurveyError.INCOMPLETE));

        var kept = AnswerRules.check(SURVEY, Map.of(1L, Answer.number(9), 2L, Answer.text("nothing")), true);
        assertThat(kept).containsOnlyKeys(1L);
    }

    @Test
    void draftsMayLeaveRequiredQuestionsOpenButSubmissionsMayNot() {
        assertThat(AnswerRules.check(SURVEY, Map.of(), false)).isEmpty();
        assertThatThrownBy(() -> AnswerRules.check(SURVEY, Map.of(), true)).isInstanceOf(IncompleteResponseException.class);
    }

    @Test
    void valuesOutsideTheScaleOrOptionsAreRefused() {
        assertThatThrownBy(() -> AnswerRules.check(SURVEY, Map.of(1L, Answer.number(11)), false))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.error()).isEqualTo(SurveyError.ANSWER_OUT_OF_RANGE));
        assertThatThrownBy(() -> AnswerRules.check(SURVEY, Map.of(4L, Answer.number(0)), false))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.error()).isEqualTo(SurveyError.ANSWER_OUT_OF_RANGE));
        assertThatThrownBy(() -> AnswerRules.check(SURVEY, Map.of(3L, Answer.choices(Set.of(2))), false))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.error()).isEqualTo(SurveyError.ANSWER_OUT_OF_RANGE));
        assertThatThrownBy(() -> AnswerRules.check(SURVEY, Map.of(99L, Answer.number(1)), false))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.error()).isEqualTo(SurveyError.UNKNOWN_QUESTION));
        assertThat(AnswerRules.check(SURVEY, Map.of(3L, Answer.choices(Set.of(0, 1)), 4L, Answer.number(5)), false))
                .containsEntry(3L, Answer.choices(Set.of(0, 1))).containsEntry(4L, Answer.number(5));
    }

    @Test
    void questionTextFallsBackToEnglish() {
        assertThat(NPS.text(Locale.forLanguageTag("ar"))).isEqualTo("توصي؟");
        assertThat(WHY.text(Locale.forLanguageTag("ar"))).isEqualTo("What would it take?");
        assertThat(AREAS.options(Locale.forLanguageTag("ko"))).containsExactly("Training", "Support");
    }

    @Test
    void aDraftNeedsEnglishAndMatchingOptions() {
        assertThatThrownBy(() -> new QuestionDraft(QuestionKind.NPS, true, Map.of("ar", "توصي؟"), Map.of(), null, null, null))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.error()).isEqualTo(SurveyError.QUESTION_TEXT_REQUIRED));
        assertThatThrownBy(() -> QuestionDraft.of(QuestionKind.SINGLE_CHOICE, true, "Pick"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.error()).isEqualTo(SurveyError.OPTIONS_REQUIRED));
        assertThatThrownBy(() -> QuestionDraft.of(QuestionKind.SINGLE_CHOICE, true, "Pick", "A", "B").translated("ar", "اختر", "أ"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.error()).isEqualTo(SurveyError.OPTIONS_MISMATCH));
    }
}
