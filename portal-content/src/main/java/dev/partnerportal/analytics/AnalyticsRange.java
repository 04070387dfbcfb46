package dev.partnerportal.analytics;

import dev.partnerportal.activity.DayRange;
import dev.partnerportal.shared.RuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Turns the dates a person or client asked for into a {@link DayRange}: the last 30 days when none are given. */
public final class AnalyticsRange {

    /** Days shown when no range is given. */
    public static final int DEFAULT_DAYS = 30;

    private AnalyticsRange() {
    }

    /** The range from {@code from} to {@code to} (both included); refuses a reversed or too long range. */
    public static DayRange of(@Nullable LocalDate from, @Nullable LocalDate to, Clock clock) {
        var end = to == null ? LocalDate.now(clock) : to;
        var start = from == null ? end.minusDays(DEFAULT_DAYS - 1L) : from;
        if (end.isBefore(start)) {
            throw new RuleViolation(AnalyticsError.RANGE_REVERSED);
        }
        var range = new DayRange(start, end);
        if (range.days() > DayRange.MAX_DAYS) {
            throw new RuleViolation(AnalyticsError.RANGE_TOO_LONG, DayRange.MAX_DAYS);
        }
        return range;
    }
}
