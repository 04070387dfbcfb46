package dev.partnerportal.activity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Days from {@code from} to {@code to}, both included, in the portal's clock zone. */
public record DayRange(LocalDate from, LocalDate to) {

    /** The longest range a dashboard answers for: a little more than the default retention. */
    public static final int MAX_DAYS = 800;

    public DayRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to before from");
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The {@code days} days that end with this range's last day (weekly and monthly active people). */
    public DayRange endingWith(int days) {
        return new DayRange(to.minusDays(days - 1L), to);
    }
}
