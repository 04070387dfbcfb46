package dev.partnerportal.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The one row of business hours; working days as ISO day numbers ({@code 1,2,3,4,5}). */
@Entity
@Table(name = "escalation_calendar")
class EscalationCalendarRow {

    static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Column(name = "day_start", nullable = false)
    private LocalTime dayStart;

    @Column(name = "day_end", nullable = false)
    private LocalTime dayEnd;

    @Column(name = "working_days", nullable = false, length = 20)
    private String workingDays;

    @Column(name = "reopen_days", nullable = false)
    private int reopenDays;

    protected EscalationCalendarRow() {
    }

    BusinessHours toHours() {
        return new BusinessHours(ZoneId.of(timeZone), dayStart, dayEnd, Arrays.stream(workingDays.split(","))
                .map(day -> DayOfWeek.of(Integer.parseInt(day.strip()))).collect(Collectors.toSet()), reopenDays);
    }

    void change(BusinessHours hours) {
        this.timeZone = hours.zone().getId();
        this.dayStart = hours.dayStart();
        this.dayEnd = hours.dayEnd();
        this.workingDays = hours.workingDays().stream().sorted().map(day -> String.valueOf(day.getValue()))
                .collect(Collectors.joining(","));
        this.reopenDays = hours.reopenDays();
    }
}
