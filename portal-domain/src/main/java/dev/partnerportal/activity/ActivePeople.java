package dev.partnerportal.activity;

/**
 * How many different people of one organization were active: in the whole range asked for, in its last 7 days
 * (weekly active) and in its last 30 days (monthly active).
 */
public record ActivePeople(long inRange, long lastWeek, long lastMonth) {

    public static final ActivePeople NONE = new ActivePeople(0, 0, 0);
}
