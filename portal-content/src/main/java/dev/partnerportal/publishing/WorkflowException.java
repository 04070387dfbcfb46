package dev.partnerportal.publishing;

/** A workflow step that the item's state or the caller's part in it does not allow; the message says why. */
public class WorkflowException extends RuntimeException {

    private final String reason;

    public WorkflowException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** A short stable code: {@code own-change}, {@code wrong-state}, {@code expired}, {@code conflict}. */
    public String reason() {
        return reason;
    }
}
