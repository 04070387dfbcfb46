package dev.partnerportal.survey;

import dev.partnerportal.shared.RuleViolation;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One answer as the respondent gave it: a number (score, option index, 1/0 for yes/no), a text, or a set
 * of option indexes for multiple choice.
 */
public record Answer(@Nullable Integer number, @Nullable String text, Set<Integer> choices) {

    public static final int TEXT_MAX_LENGTH = 4000;

    public Answer {
        choices = Set.copyOf(choices);
        if (text != null && text.length() > TEXT_MAX_LENGTH) {
            throw new RuleViolation(SurveyError.ANSWER_TOO_LONG, TEXT_MAX_LENGTH);
        }
    }

    public static Answer number(int value) {
        return new Answer(value, null, Set.of());
    }

    public static Answer text(String value) {
        return new Answer(null, value, Set.of());
    }

    public static Answer choices(Set<Integer> indexes) {
        return new Answer(null, null, indexes);
    }

    public static Answer yes(boolean yes) {
        return number(yes ? 1 : 0);
    }

    /** True when nothing was given. */
    public boolean isBlank() {
        return number == null && (text == null || text.isBlank()) && choices.isEmpty();
    }

    /** Multiple-choice indexes as stored ("0,2"). */
    String encodedChoices() {
        return String.join(",", new TreeSet<>(choices).stream().map(String::valueOf).toList());
    }

    static Set<Integer> decodeChoices(@Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        var result = new TreeSet<Integer>();
        for (var part : stored.split(",")) {
            result.add(Integer.parseInt(part.strip()));
        }
        return result;
    }
}
