package dev.partnerportal.escalation;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/** The configured working week the targets are counted in, and how long partners may reopen a resolution. */
public record BusinessHours(ZoneId zone, LocalTime dayStart, LocalTime dayEnd, Set<DayOfWeek> workingDays,
                            int reopenDays) {

    public static final int MAX_REOPEN_DAYS = 90;

    public BusinessHours {
        workingDays = Set.copyOf(workingDays);
    }
}
