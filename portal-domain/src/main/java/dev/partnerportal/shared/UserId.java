package dev.partnerportal.shared;

/** Typed identifier of a portal user account. */
public record UserId(long value) implements java.io.Serializable {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
