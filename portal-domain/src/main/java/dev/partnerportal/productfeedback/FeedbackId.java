package dev.partnerportal.productfeedback;

/** Typed identifier of a product feedback submission or idea. */
public record FeedbackId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
