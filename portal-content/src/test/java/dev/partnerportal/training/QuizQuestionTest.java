package dev.partnerportal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.shared.RuleViolation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of one question: exact-match scoring and what a well-formed question is. */
class QuizQuestionTest {

    @Test
    void multipleChoiceNeedsExactlyTheRightOptions() {
        var question = new QuizQuestion(1, 1, new QuizForm.Question(QuestionKind.MULTIPLE, "Pick",
                List.of("a", "b", "c"), Set.of(0, 2)));

        assertThat(question.isAnsweredBy(Set.of(0, 2))).isTrue();
        assertThat(question.isAnsweredBy(Set.of(0))).isFalse();
        assertThat(question.isAnsweredBy(Set.of(0, 1, 2))).isFalse();
        assertThat(question.isAnsweredBy(Set.of())).isFalse();
    }

    @Test
    void trueFalseAlwaysHasTheTwoOptions() {
        var question = new QuizQuestion(1, 1, new QuizForm.Question(QuestionKind.TRUE_FALSE, "Sky is blue",
                List.of("whatever"), Set.of(0)));

        assertThat(question.options()).containsExactly("True", "False");
        assertThat(question.isAnsweredBy(Set.of(0))).isTrue();
        assertThat(question.isAnsweredBy(Set.of(1))).isFalse();
    }

    @Test
    void malformedQuestionsAreRefused() {
        assertThatThrownBy(() -> new QuizQuestion(1, 1, new QuizForm.Question(QuestionKind.SINGLE, "Two right?",
                List.of("a", "b"), Set.of(0, 1))))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.error()).isEqualTo(TrainingError.QUESTION_ANSWER_KEY));
        assertThatThrownBy(() -> new QuizQuestion(1, 1, new QuizForm.Question(QuestionKind.SINGLE, "One option",
                List.of("a"), Set.of(0))))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.error()).isEqualTo(TrainingError.QUESTION_OPTIONS));
        assertThatThrownBy(() -> new QuizQuestion(1, 1, new QuizForm.Question(QuestionKind.MULTIPLE, "Out of range",
                List.of("a", "b"), Set.of(2))))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.error()).isEqualTo(TrainingError.QUESTION_ANSWER_KEY));
        assertThatThrownBy(() -> new QuizQuestion(1, 1, new QuizForm.Question(QuestionKind.SINGLE, " ",
                List.of("a", "b"), Set.of(0))))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.error()).isEqualTo(TrainingError.QUESTION_TEXT_LENGTH));
    }
}
