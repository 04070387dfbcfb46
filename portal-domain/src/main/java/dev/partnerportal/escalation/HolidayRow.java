package dev.partnerportal.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "escalation_holiday")
class HolidayRow {

    @Id
    @Column(name = "holiday_on")
    private LocalDate day;

    @Column(nullable = false, length = Holiday.NAME_MAX_LENGTH)
    private String name;

    protected HolidayRow() {
    }

    HolidayRow(LocalDate day, String name) {
        this.day = day;
        this.name = name;
    }

    Holiday toHoliday() {
        return new Holiday(day, name);
    }
}
