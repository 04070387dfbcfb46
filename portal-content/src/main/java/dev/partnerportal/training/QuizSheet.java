package dev.partnerportal.training;

import java.util.List;

/**
 * An attempt as the person taking it sees it: the drawn questions in this attempt's order, each with its
 * options shuffled. Carries no answer key; answers name options by {@link Option#index}, which is stable
 * whatever the display order.
 */
public record QuizSheet(long attemptId, String quizKey, String title, int passPercent, List<QuestionSheet> questions) {

    public record QuestionSheet(long questionId, QuestionKind kind, String text, List<Option> options) {
    }

    public record Option(int index, String text) {
    }
}
