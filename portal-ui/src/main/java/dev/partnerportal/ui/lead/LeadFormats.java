package dev.partnerportal.ui.lead;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import dev.partnerportal.lead.LeadProblem;
import dev.partnerportal.lead.LeadStatus;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How leads read everywhere: money with its currency, times in UTC, the status as a badge. */
final class LeadFormats {

    private LeadFormats() {
    }

    static Locale locale(Component on) {
        return on.getUI().map(UI::getLocale).orElse(Locale.ENGLISH);
    }

    static String money(Component on, BigDecimal amount, String currency) {
        var format = NumberFormat.getNumberInstance(locale(on));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " " + currency;
    }

    static String time(Component on, @Nullable Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale(on)).withZone(ZoneOffset.UTC).format(at) + " UTC";
    }

    static Span status(Component on, LeadStatus status) {
        var badge = new Span(on.getTranslation("lead.status." + status.name()));
        badge.addClassNames("portal-badge", "portal-lead-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    /** One problem of an import as a line people read: where, which field, what is wrong. */
    static String problem(Component on, LeadProblem problem) {
        return on.getTranslation("lead.import.problem", problem.line(), on.getTranslation("lead.field." + problem.field()),
                on.getTranslation(problem.error().messageKey(), problem.arguments().toArray()));
    }
}
