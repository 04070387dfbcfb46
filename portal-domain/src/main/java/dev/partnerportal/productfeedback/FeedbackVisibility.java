package dev.partnerportal.productfeedback;

/** Who sees a submission besides staff: its own organization only, or (ideas only) every partner. */
public enum FeedbackVisibility {
    PRIVATE, VISIBLE_TO_ALL_PARTNERS
}
