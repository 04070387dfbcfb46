package dev.partnerportal.ui.escalation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import dev.partnerportal.escalation.EscalationSummary;
import dev.partnerportal.escalation.TargetState;
import dev.partnerportal.ui.i18n.LocaleFormats;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** How escalations read everywhere: times in the business-hours zone, targets as coloured badges. */
final class EscalationFormats {

    private EscalationFormats() {
    }

    static String time(Component on, Instant at, ZoneId zone) {
        return LocaleFormats.dateTime(at, zone, on.getUI().map(com.vaadin.flow.component.UI::getLocale).orElse(Locale.ENGLISH));
    }

    /** The state of the target people should watch, as a badge whose class says how worried to be. */
    static Span state(Component on, EscalationSummary escalation) {
        return badge(on, escalation.worst());
    }

    static Span badge(Component on, TargetState state) {
        var badge = new Span(on.getTranslation("escalation.target." + state.name()));
        badge.addClassNames("portal-badge", "portal-escalation-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }

    static Span severity(Component on, EscalationSummary escalation) {
        var badge = new Span(on.getTranslation("escalation.severity." + escalation.severity().name()));
        badge.addClassNames("portal-badge", "portal-escalation-severity-" + escalation.severity().name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
