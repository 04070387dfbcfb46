package dev.partnerportal.survey;

/** Typed identifier of a survey wave. */
public record WaveId(long value) implements java.io.Serializable {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
