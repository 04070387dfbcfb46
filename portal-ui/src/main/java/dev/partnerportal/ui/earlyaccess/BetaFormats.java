package dev.partnerportal.ui.earlyaccess;

import com.vaadin.flow.component.Component;
import dev.partnerportal.earlyaccess.BetaSummary;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a beta's dates and eligibility read, the same for staff and partners. */
final class BetaFormats {

    private BetaFormats() {
    }

    static String dates(BetaSummary beta, Locale locale) {
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return format.format(beta.startsOn()) + " – " + format.format(beta.endsOn());
    }

    static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    static String eligibility(BetaSummary beta, Component in) {
        var tier = beta.minimumTierName() == null ? in.getTranslation("earlyaccess.anyTier")
                : in.getTranslation("earlyaccess.tierAndUp", beta.minimumTierName());
        var types = beta.partnerTypes().isEmpty() ? in.getTranslation("earlyaccess.anyType")
                : beta.partnerTypes().stream().map(t -> in.getTranslation("partnerType." + t.name())).sorted()
                .collect(Collectors.joining(", "));
        return tier + " · " + types;
    }
}
