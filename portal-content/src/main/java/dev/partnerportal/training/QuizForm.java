package dev.partnerportal.training;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an editor enters for a quiz and its question bank. Each attempt draws {@code questionsPerAttempt}
 * questions from the bank in random order; {@code passPercent} of them must be right; at most
 * {@code maxAttempts} attempts until a pass, with {@code cooldownHours} between a failed attempt and the next.
 */
public record QuizForm(String quizKey, String title, @Nullable String courseCode, int passPercent, int maxAttempts,
                       int cooldownHours, int questionsPerAttempt, List<Question> questions) {

    public static final int MAX_PASS_PERCENT = 100;
    public static final int MAX_ATTEMPTS = 20;
    public static final int MAX_COOLDOWN_HOURS = 720;
    /** Drawn questions per attempt the form offers; the bank's size is the real limit. */
    public static final int MAX_QUESTIONS_PER_ATTEMPT = 100;
    public static final int KEY_MAX_LENGTH = CourseForm.CODE_MAX_LENGTH;
    public static final int DEFAULT_PASS_PERCENT = 80;
    public static final int DEFAULT_ATTEMPTS = 3;
    public static final int DEFAULT_COOLDOWN_HOURS = 24;

    /** One question; {@code correct} holds the zero-based indexes of the right options: the answer key. */
    public record Question(QuestionKind kind, String text, List<String> options, Set<Integer> correct) {

        public static final int TEXT_MAX_LENGTH = 1000;
        public static final int OPTION_MAX_LENGTH = 300;
        public static final int MAX_OPTIONS = 10;

        public static Question trueFalse(String text, boolean answer) {
            return new Question(QuestionKind.TRUE_FALSE, text, List.of("True", "False"), Set.of(answer ? 0 : 1));
        }
    }
}
