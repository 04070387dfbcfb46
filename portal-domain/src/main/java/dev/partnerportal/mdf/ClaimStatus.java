package dev.partnerportal.mdf;

/** Reimbursement of a claim: submitted, then approved and paid, or rejected with a reason. */
public enum ClaimStatus {
    SUBMITTED, APPROVED, PAID, REJECTED;

    /** True when staff may move a claim in this status to {@code next}. */
    boolean mayMoveTo(ClaimStatus next) {
        return switch (this) {
            case SUBMITTED -> next == APPROVED || next == REJECTED;
            case APPROVED -> next == PAID;
            case PAID, REJECTED -> false;
        };
    }
}
