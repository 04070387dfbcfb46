package dev.partnerportal.survey;

/** Typed identifier of a survey definition. */
public record SurveyId(long value) implements java.io.Serializable {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
