package dev.partnerportal.training;

import dev.partnerportal.certification.HeldCertification;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The score of a submitted attempt. {@code rightByQuestion} says which questions were answered right, but
 * not what the right answer was. {@code certification} is the award the pass earned, if any.
 */
public record QuizResult(long attemptId, int scorePercent, int passPercent, boolean passed, int right, int total,
                         Map<Long, Boolean> rightByQuestion, int attemptsLeft, @Nullable Instant nextAttemptAt,
                         @Nullable HeldCertification certification) {
}
