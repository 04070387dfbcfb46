package dev.partnerportal.escalation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HolidayRows extends JpaRepository<HolidayRow, java.time.LocalDate> {

    List<HolidayRow> findAllByOrderByDayAsc();
}
