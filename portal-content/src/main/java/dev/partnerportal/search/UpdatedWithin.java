package dev.partnerportal.search;

/** The "last updated" facet: published within the last week, month or year, or before that. */
public enum UpdatedWithin {
    WEEK(7), MONTH(30), YEAR(365), OLDER(-1);

    private final int days;

    UpdatedWithin(int days) {
        this.days = days;
    }

    /** Days back from now, or -1 for "more than a year ago". */
    public int days() {
        return days;
    }
}
