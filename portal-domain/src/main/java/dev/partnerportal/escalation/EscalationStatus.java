package dev.partnerportal.escalation;

/**
 * Where an escalation stands. The first staff response acknowledges it (and meets or misses the response
 * target); resolving it meets or misses the resolution target; closed is final.
 */
public enum EscalationStatus {
    OPEN, ACKNOWLEDGED, IN_PROGRESS, RESOLVED, CLOSED;

    /** True until it is resolved: the vendor still owes the partner something. */
    public boolean isActive() {
        return this != RESOLVED && this != CLOSED;
    }

    /** The statuses staff may move an escalation in this status to. */
    boolean staffMayMoveTo(EscalationStatus target) {
        return switch (this) {
            case OPEN -> target == ACKNOWLEDGED || target == IN_PROGRESS || target == RESOLVED;
            case ACKNOWLEDGED -> target == IN_PROGRESS || target == RESOLVED;
            case IN_PROGRESS -> target == RESOLVED;
            case RESOLVED -> target == CLOSED;
            case CLOSED -> false;
        };
    }
}
