package dev.partnerportal.training;

import dev.partnerportal.shared.RuleViolation;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An attempt cannot start now: the attempt limit is used up, or the cool-down after a failed attempt runs. */
public class QuizUnavailableException extends RuleViolation {

    public enum Reason { NO_ATTEMPTS_LEFT, COOLING_DOWN }

    private final Reason reason;
    private final @Nullable Instant until;

    QuizUnavailableException(Reason reason, @Nullable Instant until) {
        super(reason == Reason.NO_ATTEMPTS_LEFT ? TrainingError.NO_ATTEMPTS_LEFT : TrainingError.COOLING_DOWN, until);
        this.reason = reason;
        this.until = until;
    }

    public Reason reason() {
        return reason;
    }

    public @Nullable Instant until() {
        return until;
    }

    /** {@code reason} and, while cooling down, {@code until}: what API clients read before codes existed. */
    @Override
    public Map<String, Object> details() {
        var details = new LinkedHashMap<String, Object>();
        details.put("reason", reason.name());
        if (until != null) {
            details.put("until", until.toString());
        }
        return details;
    }
}
