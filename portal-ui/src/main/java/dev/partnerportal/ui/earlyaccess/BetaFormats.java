package dev.partnerportal.ui.earlyaccess;

import com.vaadin.flow.component.Component;
import dev.partnerportal.earlyaccess.BetaSummary;
import dev.partnerportal.ui.i18n.LocaleFormats;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a beta's dates and eligibility read, the same for staff and partners. */
final class BetaFormats {

    private BetaFormats() {
    }

    static String dates(BetaSummary beta, Locale locale) {
        return LocaleFormats.date(beta.startsOn(), locale) + " – " + LocaleFormats.date(beta.endsOn(), locale);
    }

    static String date(LocalDate day, Locale locale) {
        return LocaleFormats.date(day, locale);
    }

    static String eligibility(BetaSummary beta, Component in) {
        var tier = beta.minimumTierName() == null ? in.getTranslation("earlyaccess.anyTier")
                : in.getTranslation("earlyaccess.tierAndUp", beta.minimumTierName());
        var types = beta.partnerTypes().isEmpty() ? in.getTranslation("earlyaccess.anyType")
                : beta.partnerTypes().stream().map(t -> in.getTranslation("partnerType." + t.name()))
                .sorted(LocaleFormats.collator(in.getUI().map(com.vaadin.flow.component.UI::getLocale).orElse(Locale.ENGLISH)))
                .collect(Collectors.joining(", "));
        return tier + " · " + types;
    }
}
