package dev.partnerportal.survey;

import dev.partnerportal.survey.WaveResults.Bucket;
import dev.partnerportal.survey.WaveResults.QuestionResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Counts one question's answers per value or option; scales also get their mean. */
final class QuestionTally {

    private QuestionTally() {
    }

    static QuestionResult of(Question question, List<Answer> answers, Locale locale) {
        var buckets = new ArrayList<Bucket>();
        var kind = question.kind();
        BigDecimal average = null;
        switch (kind) {
            case NPS, RATING -> {
                for (int value = kind.min(); value <= kind.max(); value++) {
                    buckets.add(new Bucket(value, Integer.toString(value), countNumber(answers, value)));
                }
                if (!answers.isEmpty()) {
                    long sum = answers.stream().mapToLong(Answer::number).sum();
                    average = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(answers.size()), 1, RoundingMode.HALF_UP);
                }
            }
            case YES_NO -> {
                buckets.add(new Bucket(1, "yes", countNumber(answers, 1)));
                buckets.add(new Bucket(0, "no", countNumber(answers, 0)));
            }
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                var options = question.options(locale);
                for (int index = 0; index < options.size(); index++) {
                    int i = index;
                    int count = (int) answers.stream()
                            .filter(a -> kind == QuestionKind.SINGLE_CHOICE ? Integer.valueOf(i).equals(a.number()) : a.choices().contains(i))
                            .count();
                    buckets.add(new Bucket(index, options.get(index), count));
                }
            }
            case FREE_TEXT -> {
                // free text is read, not counted; see SurveyResults#freeText
            }
        }
        return new QuestionResult(question, answers.size(), buckets, average);
    }

    private static int countNumber(List<Answer> answers, int value) {
        return (int) answers.stream().filter(a -> Integer.valueOf(value).equals(a.number())).count();
    }
}
