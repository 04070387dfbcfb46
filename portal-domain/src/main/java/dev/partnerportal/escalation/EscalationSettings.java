package dev.partnerportal.escalation;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.shared.RuleViolation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The response and resolution targets per severity, the business hours they are counted in, the holidays and
 * the reopening window. Everyone signed in may read them (partners see what they are promised); administrators
 * change them, audited. A change applies to escalations raised after it.
 */
@Service
public class EscalationSettings {

    private final WorkingTime workingTime;
    private final EscalationTargetRows targets;
    private final EscalationCalendarRows calendars;
    private final HolidayRows holidays;
    private final AuditTrail audit;

    EscalationSettings(WorkingTime workingTime, EscalationTargetRows targets, EscalationCalendarRows calendars,
                       HolidayRows holidays, AuditTrail audit) {
        this.workingTime = workingTime;
        this.targets = targets;
        this.calendars = calendars;
        this.holidays = holidays;
        this.audit = audit;
    }

    /** The targets, most severe first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ResponseTarget> targets() {
        return Arrays.stream(EscalationSeverity.values()).map(workingTime::target).toList();
    }

    /** Sets one severity's targets in business hours: respond 1 to {@link ResponseTarget#MAX_HOURS}, resolve no sooner. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void changeTarget(ResponseTarget target) {
        if (target.respondHours() < 1 || target.resolveHours() < target.respondHours()
                || target.resolveHours() > ResponseTarget.MAX_HOURS) {
            throw new RuleViolation(EscalationError.TARGET_OUT_OF_RANGE, 1, ResponseTarget.MAX_HOURS);
        }
        targets.findById(target.severity()).orElseThrow().change(target.respondHours(), target.resolveHours());
        audit.recordChange(AuditAction.ESCALATION_TARGETS_CHANGED, null, target.severity() + ": respond "
                + target.respondHours() + "h, resolve " + target.resolveHours() + "h");
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public BusinessHours businessHours() {
        return workingTime.hours();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void changeBusinessHours(BusinessHours hours) {
        if (!hours.dayStart().isBefore(hours.dayEnd()) || hours.workingDays().isEmpty()) {
            throw new RuleViolation(EscalationError.BUSINESS_HOURS_INVALID);
        }
        if (hours.reopenDays() < 0 || hours.reopenDays() > BusinessHours.MAX_REOPEN_DAYS) {
            throw new RuleViolation(EscalationError.REOPEN_DAYS_OUT_OF_RANGE, BusinessHours.MAX_REOPEN_DAYS);
        }
        calendars.findById(EscalationCalendarRow.ID).orElseThrow().change(hours);
        audit.recordChange(AuditAction.ESCALATION_BUSINESS_HOURS_CHANGED, null, hours.workingDays().stream().sorted()
                + " " + hours.dayStart() + "-" + hours.dayEnd() + " " + hours.zone() + ", reopen within "
                + hours.reopenDays() + " days");
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Holiday> holidays() {
        return holidays.findAllByOrderByDayAsc().stream().map(HolidayRow::toHoliday).toList();
    }

    /** Adds a holiday, or renames the one on that day. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void addHoliday(Holiday holiday) {
        var name = holiday.name().strip();
        if (name.isEmpty() || name.length() > Holiday.NAME_MAX_LENGTH) {
            throw new RuleViolation(EscalationError.HOLIDAY_NAME_REQUIRED, Holiday.NAME_MAX_LENGTH);
        }
        holidays.save(new HolidayRow(holiday.day(), name));
        audit.recordChange(AuditAction.ESCALATION_HOLIDAYS_CHANGED, null, "added " + holiday.day() + " " + name);
    }

    /** Removes the holiday on {@code day}; false when there was none. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public boolean removeHoliday(LocalDate day) {
        if (!holidays.existsById(day)) {
            return false;
        }
        holidays.deleteById(day);
        audit.recordChange(AuditAction.ESCALATION_HOLIDAYS_CHANGED, null, "removed " + day);
        return true;
    }
}
