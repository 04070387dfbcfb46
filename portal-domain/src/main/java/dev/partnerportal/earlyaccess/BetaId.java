package dev.partnerportal.earlyaccess;

/** Typed identifier of an early-access program. */
public record BetaId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
