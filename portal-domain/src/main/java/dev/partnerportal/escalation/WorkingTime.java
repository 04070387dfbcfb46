package dev.partnerportal.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The configured calendar and targets for this feature's services; checks no caller. */
@Component
@Transactional(readOnly = true)
class WorkingTime {

    /** Within this share of a target's business time left, it is near breach. */
    static final double NEAR_BREACH_SHARE = 0.25;

    private final EscalationCalendarRows calendars;
    private final HolidayRows holidays;
    private final EscalationTargetRows targets;

    WorkingTime(EscalationCalendarRows calendars, HolidayRows holidays, EscalationTargetRows targets) {
        this.calendars = calendars;
        this.holidays = holidays;
        this.targets = targets;
    }

    BusinessHours hours() {
        return calendars.findById(EscalationCalendarRow.ID).orElseThrow().toHours();
    }

    BusinessCalendar calendar() {
        var hours = hours();
        return new BusinessCalendar(hours.zone(), hours.dayStart(), hours.dayEnd(), hours.workingDays(),
                holidays.findAll().stream().map(row -> row.toHoliday().day()).collect(Collectors.toSet()));
    }

    ResponseTarget target(EscalationSeverity severity) {
        return targets.findById(severity).orElseThrow().toTarget();
    }

    /**
     * How a target stands at {@code now}: met (in time or late) once {@code metAt} is set, otherwise on track,
     * near breach (a quarter or less of its business time left) or breached.
     */
    static TargetState state(BusinessCalendar calendar, Instant raisedAt, Instant due, @Nullable Instant metAt,
                             Instant now) {
        if (metAt != null) {
            return metAt.isAfter(due) ? TargetState.MISSED : TargetState.MET;
        }
        if (now.isAfter(due)) {
            return TargetState.BREACHED;
        }
        var whole = calendar.between(raisedAt, due);
        var left = calendar.between(now, due);
        return left.toSeconds() <= whole.toSeconds() * NEAR_BREACH_SHARE ? TargetState.NEAR_BREACH : TargetState.ON_TRACK;
    }

    /** The business time left to the next pending target, negative past it; null when nothing is pending. */
    static @Nullable Duration timeLeft(BusinessCalendar calendar, Escalation escalation, Instant now) {
        if (!escalation.getStatus().isActive()) {
            return null;
        }
        var due = escalation.getRespondedAt() == null ? escalation.getRespondDue() : escalation.getResolveDue();
        return now.isAfter(due) ? Duration.between(due, now).negated() : calendar.between(now, due);
    }
}
