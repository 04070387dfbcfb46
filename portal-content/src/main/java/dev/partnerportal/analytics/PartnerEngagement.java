package dev.partnerportal.analytics;

/**
 * One partner organization's engagement in a range: its people (enabled accounts), how many different ones were
 * active in the range, in its last 7 days and in its last 30 days.
 */
public record PartnerEngagement(long organizationId, String name, String tierName, String region, long people,
                                long activeInRange, long weeklyActive, long monthlyActive) {

    /** Share of the organization's people active in the range, in whole percent (0 without people). */
    public int activeShare() {
        return people == 0 ? 0 : (int) Math.round(Math.min(activeInRange, people) * 100.0 / people);
    }
}
