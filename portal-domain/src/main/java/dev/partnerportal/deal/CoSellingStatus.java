package dev.partnerportal.deal;

/** Open until staff assign a vendor person; done or declined (with a reason) ends it. */
public enum CoSellingStatus {
    OPEN,
    ASSIGNED,
    DONE,
    DECLINED;

    public boolean finished() {
        return this == DONE || this == DECLINED;
    }
}
