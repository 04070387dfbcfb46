package dev.partnerportal.testsupport;

import dev.partnerportal.shared.RuleViolation;
import org.assertj.core.api.Condition;

/** Assertions that a request was refused with a given error code, not just with some exception. */
public final class Refusals {

    private Refusals() {
    }

    /** Met by a {@link RuleViolation} whose code is {@code code}; the failure message shows the actual one. */
    public static Condition<Throwable> refusal(String code) {
        return new Condition<>(thrown -> thrown instanceof RuleViolation violation && violation.code().equals(code),
                "a RuleViolation with code %s", code);
    }
}
