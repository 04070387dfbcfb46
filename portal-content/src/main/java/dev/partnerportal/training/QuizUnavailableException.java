package dev.partnerportal.training;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An attempt cannot start now: the attempt limit is used up, or the cool-down after a failed attempt runs. */
public class QuizUnavailableException extends RuntimeException {

    public enum Reason { NO_ATTEMPTS_LEFT, COOLING_DOWN }

    private final Reason reason;
    private final @Nullable Instant until;

    QuizUnavailableException(Reason reason, @Nullable Instant until) {
        super(reason == Reason.NO_ATTEMPTS_LEFT ? "No attempts left for this quiz." : "The next attempt may start at " + until + ".");
        this.reason = reason;
        this.until = until;
    }

    public Reason reason() {
        return reason;
    }

    public @Nullable Instant until() {
        return until;
    }
}
