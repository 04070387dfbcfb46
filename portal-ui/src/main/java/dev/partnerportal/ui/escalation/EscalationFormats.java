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
        badge.addClassNames("portal-badge", stateClass(state));
        return badge;
    }

    static Span severity(Component on, EscalationSummary escalation) {
        var badge = new Span(on.getTranslation("escalation.severity." + escalation.severity().name()));
        badge.addClassNames("portal-badge", severityClass(escalation));
        return badge;
    }

    /** The class that colours a target-state badge. */
    static String stateClass(TargetState state) {
        return "portal-escalation-" + cssName(state);
    }

    static String severityClass(EscalationSummary escalation) {
        return "portal-escalation-severity-" + escalation.severity().name().toLowerCase(Locale.ROOT);
    }

    /** The class of a row whose worst target is an alarm (near breach or breached), or null. */
    static String alarmRowClass(EscalationSummary escalation) {
        return escalation.worst().isAlarm() && escalation.status().isActive() ? "portal-escalation-row-" + cssName(escalation.worst()) : null;
    }

    private static String cssName(TargetState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
