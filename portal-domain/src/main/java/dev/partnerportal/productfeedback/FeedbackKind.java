package dev.partnerportal.productfeedback;

/** Feedback tells the product how something works for a partner; an idea proposes something new. */
public enum FeedbackKind {
    FEEDBACK, IDEA
}
