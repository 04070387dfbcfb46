package dev.partnerportal.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Due times counted by hand on a Monday-to-Friday, 09:00-17:00 week (2 November 2026 is a Monday). */
class BusinessCalendarTest {

    static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    static final BusinessCalendar UTC = calendar(ZoneOffset.UTC, Set.of());

    static BusinessCalendar calendar(ZoneId zone, Set<LocalDate> holidays) {
        return new BusinessCalendar(zone, LocalTime.of(9, 0), LocalTime.of(17, 0), WEEKDAYS, holidays);
    }

    static Instant at(String utc) {
        return Instant.parse(utc);
    }

    @Test
    void withinOneDayItIsPlainClockTime() {
        assertThat(UTC.plus(at("2026-11-02T10:00:00Z"), Duration.ofHours(4))).isEqualTo(at("2026-11-02T14:00:00Z"));
    }

    @Test
    void theNightIsSkipped() {
        // Monday 15:00-17:00 is 2 hours; the other 2 run Tuesday 09:00-11:00.
        assertThat(UTC.plus(at("2026-11-02T15:00:00Z"), Duration.ofHours(4))).isEqualTo(at("2026-11-03T11:00:00Z"));
    }

    @Test
    void theWeekendIsSkipped() {
        // Friday 15:00-17:00, then Monday 09:00-11:00.
        assertThat(UTC.plus(at("2026-11-06T15:00:00Z"), Duration.ofHours(4))).isEqualTo(at("2026-11-09T11:00:00Z"));
    }

    @Test
    void aHolidayAfterTheWeekendIsSkippedToo() {
        var withMondayOff = calendar(ZoneOffset.UTC, Set.of(LocalDate.of(2026, 11, 9)));
        assertThat(withMondayOff.plus(at("2026-11-06T15:00:00Z"), Duration.ofHours(4))).isEqualTo(at("2026-11-10T11:00:00Z"));
    }

    @Test
    void twoBusinessDaysFromThursdayAfternoonEndMondayAfternoon() {
        // Thursday 13:00-17:00 (4h), Friday (8h), Monday 09:00-13:00 (4h) = 16h = 2 working days.
        assertThat(UTC.plus(at("2026-11-05T13:00:00Z"), UTC.workingDay().multipliedBy(2))).isEqualTo(at("2026-11-09T13:00:00Z"));
    }

    @Test
    void raisedOutsideHoursStartsCountingAtTheNextOpening() {
        assertThat(UTC.plus(at("2026-11-07T12:00:00Z"), Duration.ofHours(1))).isEqualTo(at("2026-11-09T10:00:00Z"));
        assertThat(UTC.plus(at("2026-11-02T18:00:00Z"), Duration.ofHours(8))).isEqualTo(at("2026-11-03T17:00:00Z"));
    }

    @Test
    void hoursAreTheConfiguredZones() {
        var riyadh = calendar(ZoneId.of("Asia/Riyadh"), Set.of()); // UTC+3 all year
        assertThat(riyadh.plus(at("2026-11-02T05:00:00Z"), Duration.ofHours(1))).isEqualTo(at("2026-11-02T07:00:00Z"));
    }

    @Test
    void betweenCountsOnlyWorkingTimeAndIsNegativeBackwards() {
        var friday = at("2026-11-06T15:00:00Z");
        var monday = at("2026-11-09T11:00:00Z");
        assertThat(UTC.between(friday, monday)).isEqualTo(Duration.ofHours(4));
        assertThat(UTC.between(monday, friday)).isEqualTo(Duration.ofHours(-4));
        assertThat(calendar(ZoneOffset.UTC, Set.of(LocalDate.of(2026, 11, 9))).between(friday, monday))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aWeekWithoutWorkingDaysIsRefused() {
        assertThatThrownBy(() -> new BusinessCalendar(ZoneOffset.UTC, LocalTime.of(9, 0), LocalTime.of(17, 0),
                Set.of(), Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aQuarterOfTheTargetLeftIsNearBreach() {
        var raised = at("2026-11-02T09:00:00Z");
        var due = UTC.plus(raised, Duration.ofHours(4)); // 13:00
        assertThat(WorkingTime.state(UTC, raised, due, null, at("2026-11-02T11:59:00Z"))).isEqualTo(TargetState.ON_TRACK);
        assertThat(WorkingTime.state(UTC, raised, due, null, at("2026-11-02T12:00:00Z"))).isEqualTo(TargetState.NEAR_BREACH);
        assertThat(WorkingTime.state(UTC, raised, due, null, at("2026-11-02T13:01:00Z"))).isEqualTo(TargetState.BREACHED);
        assertThat(WorkingTime.state(UTC, raised, due, at("2026-11-02T13:00:00Z"), at("2026-11-09T09:00:00Z")))
                .isEqualTo(TargetState.MET);
        assertThat(WorkingTime.state(UTC, raised, due, at("2026-11-02T13:00:01Z"), at("2026-11-09T09:00:00Z")))
                .isEqualTo(TargetState.MISSED);
    }
}
