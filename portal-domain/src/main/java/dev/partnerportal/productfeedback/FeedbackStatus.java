package dev.partnerportal.productfeedback;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a submission stands in triage. Shipped is final; a declined submission may be reviewed again; planned
 * work may still be declined or shipped.
 */
public enum FeedbackStatus {
    NEW, UNDER_REVIEW, PLANNED, SHIPPED, DECLINED;

    /** The statuses staff may move a submission to from this one (staying is always allowed). */
    public Set<FeedbackStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(UNDER_REVIEW, PLANNED, DECLINED);
            case UNDER_REVIEW -> EnumSet.of(PLANNED, SHIPPED, DECLINED);
            case PLANNED -> EnumSet.of(UNDER_REVIEW, SHIPPED, DECLINED);
            case SHIPPED -> EnumSet.noneOf(FeedbackStatus.class);
            case DECLINED -> EnumSet.of(UNDER_REVIEW);
        };
    }

    public boolean mayMoveTo(FeedbackStatus target) {
        return target == this || next().contains(target);
    }

    /** True while partners may still vote: the decision is not made. */
    public boolean openForVotes() {
        return this != SHIPPED && this != DECLINED;
    }
}
