package dev.partnerportal.identity;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in that was not decided: neither accepted nor refused as wrong, but to be tried again after
 * {@link #retryAfter()}. The password was not checked.
 */
public abstract sealed class SignInDeferredException extends AuthenticationException
        permits SignInBusyException, SignInThrottledException {

    private final Duration retryAfter;

    SignInDeferredException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter.isNegative() || retryAfter.isZero() ? Duration.ofSeconds(1) : retryAfter;
    }

    /** How long the caller should wait before trying again; at least one second. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** {@link #retryAfter()} in whole seconds, rounded up, as an HTTP {@code Retry-After} header wants it. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds();
        return retryAfter.toNanosPart() == 0 ? Math.max(1, seconds) : seconds + 1;
    }
}
