package dev.partnerportal.health;

import dev.partnerportal.shared.ErrorCode;

/** The ways a change of health weights can be refused. */
public final class HealthError {

    private HealthError() {
    }

    /** Arguments: the component's name and the highest weight. */
    public static final ErrorCode WEIGHT_OUT_OF_RANGE = ErrorCode.invalid("health.weight-out-of-range");
    /** At least one component must count, or there would be nothing to average. */
    public static final ErrorCode WEIGHTS_ALL_ZERO = ErrorCode.invalid("health.weights-all-zero");
    /** Every component needs a weight. */
    public static final ErrorCode WEIGHT_MISSING = ErrorCode.invalid("health.weight-missing");
}
