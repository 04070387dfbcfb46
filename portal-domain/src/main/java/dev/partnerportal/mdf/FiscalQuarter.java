package dev.partnerportal.mdf;

import dev.partnerportal.shared.RuleViolation;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** A calendar quarter, the period of an allocation, written {@code 2026-Q4}. */
public record FiscalQuarter(int year, int quarter) implements Comparable<FiscalQuarter> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

    public FiscalQuarter {
        if (year < 2000 || year > 9999 || quarter < 1 || quarter > 4) {
            throw new RuleViolation(MdfError.QUARTER_INVALID);
        }
    }

    /** The quarter written {@code 2026-Q4}; refuses anything else. */
    public static FiscalQuarter parse(String text) {
        var matcher = TEXT.matcher(text.strip());
        if (!matcher.matches()) {
            throw new RuleViolation(MdfError.QUARTER_INVALID);
        }
        return new FiscalQuarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** The quarter {@code date} falls in. */
    public static FiscalQuarter of(LocalDate date) {
        return new FiscalQuarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public FiscalQuarter next() {
        return quarter == 4 ? new FiscalQuarter(year + 1, 1) : new FiscalQuarter(year, quarter + 1);
    }

    @Override
    public int compareTo(FiscalQuarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
