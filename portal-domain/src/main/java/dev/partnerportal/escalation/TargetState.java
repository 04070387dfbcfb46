package dev.partnerportal.escalation;

/** How one target (response or resolution) of an escalation stands. */
public enum TargetState {
    /** Not met yet, more than a quarter of its business time left. */
    ON_TRACK,
    /** Not met yet, a quarter of its business time or less left. */
    NEAR_BREACH,
    /** Not met and past due. */
    BREACHED,
    /** Met in time. */
    MET,
    /** Met, but late. */
    MISSED;

    /** True for the states people should be warned about. */
    public boolean isAlarm() {
        return this == NEAR_BREACH || this == BREACHED || this == MISSED;
    }
}
