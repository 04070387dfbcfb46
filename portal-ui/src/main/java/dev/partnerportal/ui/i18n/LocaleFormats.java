package dev.partnerportal.ui.i18n;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Currency;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Dates, times, numbers, percentages and money as the reader's language writes them, and names sorted the
 * way that language sorts them. Views format every such value here, never with a fixed pattern: "2026. dec.
 * 1." in Hungarian, "2026. 12. 1." in Korean, "1 thg 12, 2026" in Vietnamese. Times are shown in the
 * server's zone (the portal has no per-person time zone).
 */
public final class LocaleFormats {

    private LocaleFormats() {
    }

    /** A calendar day, medium length ("Dec 1, 2026"). */
    public static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    /** The day an instant falls on in the server's zone. */
    public static String date(Instant instant, Locale locale) {
        return date(LocalDate.ofInstant(instant, zone()), locale);
    }

    /** A day and a time of day, medium date and short time ("Dec 1, 2026, 9:30 AM"). */
    public static String dateTime(Instant instant, Locale locale) {
        return dateTime(ZonedDateTime.ofInstant(instant, zone()), locale);
    }

    /** A day and a time of day in the given zone (an escalation's business-hours zone, for example). */
    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return dateTime(ZonedDateTime.ofInstant(instant, zone), locale);
    }

    /** A day and a time of day, for values that already carry their zone or need none. */
    public static String dateTime(TemporalAccessor when, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).format(
                when instanceof LocalDateTime local ? local.atZone(zone()) : when);
    }

    /**
     * A count or measure with the language's grouping and decimal separators. A {@link BigDecimal} keeps the
     * decimals it has ({@code -100.0} stays "-100.0", "-100,0" in Hungarian).
     */
    public static String number(Number value, Locale locale) {
        var format = NumberFormat.getNumberInstance(locale);
        if (value instanceof BigDecimal decimal && decimal.scale() > 0) {
            format.setMinimumFractionDigits(decimal.scale());
            format.setMaximumFractionDigits(decimal.scale());
        }
        return format.format(value);
    }

    /** A share of a whole: {@code 0.42} is "42%" in English, "42 %" in Hungarian, "٪42" where the language puts it first. */
    public static String percent(double fraction, Locale locale) {
        var format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(fraction);
    }

    /** A whole-number percentage as stored by the domain ({@code 80} for 80 %). */
    public static String percent(int wholePercent, Locale locale) {
        return percent(wholePercent / 100.0, locale);
    }

    /** An amount of money in its currency (ISO 4217 code), with the language's symbol and placement. */
    public static String money(BigDecimal amount, String currencyCode, Locale locale) {
        var format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currencyCode));
        return format.format(amount);
    }

    /** Compares texts as the reader's language sorts them (accents and case second, Hangul by syllable). */
    public static Comparator<String> collator(Locale locale) {
        var collator = Collator.getInstance(locale);
        collator.freeze();
        return collator::compare;
    }

    /** Orders things by their name as the reader's language sorts names. */
    public static <T> Comparator<T> byName(Locale locale, Function<? super T, String> name) {
        return Comparator.comparing(name, collator(locale));
    }

    /** A copy of {@code items} sorted by their name as the reader's language sorts names, for pickers and lists. */
    public static <T> List<T> sortedByName(Collection<? extends T> items, Function<? super T, String> name, Locale locale) {
        var sorted = new ArrayList<T>(items);
        sorted.sort(byName(locale, name));
        return sorted;
    }

    /**
     * Message arguments ready for a message format: days and times become text in the reader's format, since
     * a message format would show a day as a day with midnight.
     */
    static Object[] arguments(Object[] arguments, Locale locale) {
        var ready = arguments.clone();
        for (var i = 0; i < ready.length; i++) {
            ready[i] = switch (ready[i]) {
                case LocalDate day -> date(day, locale);
                case Instant instant -> dateTime(instant, locale);
                case LocalDateTime local -> dateTime(local, locale);
                case ZonedDateTime zoned -> dateTime(zoned, locale);
                case java.time.OffsetDateTime offset -> dateTime(offset, locale);
                case null, default -> ready[i];
            };
        }
        return ready;
    }

    private static ZoneId zone() {
        return ZoneId.systemDefault();
    }
}
