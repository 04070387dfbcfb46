package dev.partnerportal.health;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.ErrorKind;

/** The ways a change of health weights can be refused. */
public enum HealthError implements ErrorCode {
    /** Arguments: the component's name and the highest weight. */
    WEIGHT_OUT_OF_RANGE("health.weight-out-of-range", ErrorKind.INVALID),
    /** At least one component must count, or there would be nothing to average. */
    WEIGHTS_ALL_ZERO("health.weights-all-zero", ErrorKind.INVALID),
    /** Every component needs a weight. */
    WEIGHT_MISSING("health.weight-missing", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;

    HealthError(String code, ErrorKind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
