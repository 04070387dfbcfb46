package dev.partnerportal.survey;

import dev.partnerportal.shared.RuleViolation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks answers against a survey's questions: values in range, follow-ups only when shown (answers to hidden
 * ones are dropped), and, on submission, every shown required question answered.
 */
final class AnswerRules {

    private AnswerRules() {
    }

    static Map<Long, Answer> check(SurveyDefinition survey, Map<Long, Answer> given, boolean submitting) {
        var known = new HashSet<Long>();
        survey.questions().forEach(q -> known.add(q.id()));
        if (!known.containsAll(given.keySet())) {
            throw new RuleViolation(SurveyError.UNKNOWN_QUESTION);
        }
        var byOrdinal = new HashMap<Integer, Answer>();
        var kept = new LinkedHashMap<Long, Answer>();
        var missing = new HashSet<Long>();
        for (var question : survey.questions()) {
            var parentAnswer = question.parentOrdinal() == null ? null : byOrdinal.get(question.parentOrdinal());
            if (!question.isShownAfter(parentAnswer)) {
                continue;
            }
            var answer = given.get(question.id());
            if (answer == null || answer.isBlank()) {
                if (question.required()) {
                    missing.add(question.id());
                }
                continue;
            }
            var clean = valid(question, answer);
            kept.put(question.id(), clean);
            byOrdinal.put(question.ordinal(), clean);
        }
        if (submitting && !missing.isEmpty()) {
            throw new IncompleteResponseException(missing);
        }
        return kept;
    }

    private static Answer valid(Question question, Answer answer) {
        var kind = question.kind();
        int optionCount = question.options().getOrDefault(QuestionDraft.FALLBACK_LANGUAGE, java.util.List.of()).size();
        switch (kind) {
            case FREE_TEXT -> {
                if (answer.text() == null || answer.number() != null || !answer.choices().isEmpty()) {
                    throw new RuleViolation(SurveyError.ANSWER_TAKES_TEXT, question.ordinal());
                }
                return Answer.text(answer.text().strip());
            }
            case MULTIPLE_CHOICE -> {
                if (answer.choices().isEmpty() || answer.choices().stream().anyMatch(i -> i < 0 || i >= optionCount)) {
                    throw new RuleViolation(SurveyError.ANSWER_OUT_OF_RANGE, question.ordinal(), 0, optionCount - 1);
                }
                return Answer.choices(answer.choices());
            }
            default -> {
                int max = kind == QuestionKind.SINGLE_CHOICE ? optionCount - 1 : kind.max();
                var number = answer.number();
                if (number == null || number < kind.min() || number > max || answer.text() != null) {
                    throw new RuleViolation(SurveyError.ANSWER_OUT_OF_RANGE, question.ordinal(), kind.min(), max);
                }
                return Answer.number(number);
            }
        }
    }

    /** The answer to the first NPS question, if it was given. */
    static Integer npsScore(SurveyDefinition survey, Map<Long, Answer> answers) {
        return survey.questions().stream().filter(q -> q.kind() == QuestionKind.NPS).findFirst()
                .map(q -> answers.get(q.id())).map(Answer::number).orElse(null);
    }
}
