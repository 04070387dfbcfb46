package dev.partnerportal.training;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A quiz as a person sees it before starting: the rules, how many attempts are left until a pass, when
 * the next one may start (after a cool-down), and whether they have passed it.
 */
public record QuizOverview(String quizKey, String title, @Nullable String courseCode, int passPercent,
                           int questionsPerAttempt, int maxAttempts, int attemptsLeft, @Nullable Instant nextAttemptAt,
                           boolean passed, @Nullable Integer bestScore) {
}
