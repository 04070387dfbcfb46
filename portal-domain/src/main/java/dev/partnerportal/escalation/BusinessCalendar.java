package dev.partnerportal.escalation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * Working time as the escalation targets count it: working days from {@code dayStart} to {@code dayEnd} in
 * {@code zone}, minus holidays. Pure: the same inputs always give the same due time, so it is unit-tested on
 * hand-computed cases.
 */
public record BusinessCalendar(ZoneId zone, LocalTime dayStart, LocalTime dayEnd, Set<DayOfWeek> workingDays,
                               Set<LocalDate> holidays) {

    /** Far enough for any target an administrator can set; stops a calendar without working days from looping. */
    private static final int MAX_DAYS = 3 * 366;

    public BusinessCalendar {
        if (!dayStart.isBefore(dayEnd)) {
            throw new IllegalArgumentException("a working day starts before it ends");
        }
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs at least one working day");
        }
        workingDays = Set.copyOf(workingDays);
        holidays = Set.copyOf(holidays);
    }

    /** The length of one working day: a target of "2 business days" is twice this. */
    public Duration workingDay() {
        return Duration.between(dayStart, dayEnd);
    }

    /** True when {@code day} has working hours: a working day of the week that is no holiday. */
    public boolean isWorkingDay(LocalDate day) {
        return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** The instant {@code businessTime} of working time after {@code start}, skipping nights, weekends and holidays. */
    public Instant plus(Instant start, Duration businessTime) {
        var remaining = businessTime;
        var day = start.atZone(zone).toLocalDate();
        var at = start;
        for (int i = 0; i <= MAX_DAYS; i++, day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            var open = day.atTime(dayStart).atZone(zone).toInstant();
            var close = day.atTime(dayEnd).atZone(zone).toInstant();
            if (at.isBefore(open)) {
                at = open;
            }
            if (at.isBefore(close)) {
                var available = Duration.between(at, close);
                if (remaining.compareTo(available) <= 0) {
                    return at.plus(remaining);
                }
                remaining = remaining.minus(available);
                at = close;
            }
        }
        throw new IllegalStateException("no working time within " + MAX_DAYS + " days of " + start);
    }

    /** The working time between two instants; negative when {@code to} is before {@code from}. */
    public Duration between(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return between(to, from).negated();
        }
        var total = Duration.ZERO;
        var last = to.atZone(zone).toLocalDate();
        for (var day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            var open = max(day.atTime(dayStart).atZone(zone).toInstant(), from);
            var close = min(day.atTime(dayEnd).atZone(zone).toInstant(), to);
            if (open.isBefore(close)) {
                total = total.plus(Duration.between(open, close));
            }
        }
        return total;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
