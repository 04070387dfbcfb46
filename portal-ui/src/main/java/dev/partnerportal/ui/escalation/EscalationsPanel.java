package dev.partnerportal.ui.escalation;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinService;
import dev.partnerportal.escalation.EscalationSettings;
import dev.partnerportal.escalation.Escalations;
import dev.partnerportal.escalation.EscalationSummary;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.ui.i18n.LocaleFormats;
import dev.partnerportal.ui.layout.StaticHtml;
import com.vaadin.flow.router.RouteConfiguration;
import java.time.ZoneId;
import java.util.List;

/**
 * The open escalations of one organization with status and next target: on the partner's home (linking to
 * the partner pages) and on the desk's partner page (linking to each escalation). Hosts add it in one line. The
 * table is read-only markup ({@link StaticHtml}), each title a link to its escalation: one element of the UI tree
 * however many are open, on the page every partner session lands on.
 */
public class EscalationsPanel extends Div {

    private final Escalations escalations;
    private final EscalationSettings settings;

    EscalationsPanel(Escalations escalations, EscalationSettings settings) {
        this.escalations = escalations;
        this.settings = settings;
        addClassNames("portal-card", "portal-escalation-panel");
        setId("escalations-panel");
    }

    /** The panel for {@code organization}, its services injected by Spring. */
    public static EscalationsPanel of(OrganizationId organization, boolean forStaff) {
        var panel = VaadinService.getCurrent().getInstantiator().getOrCreate(EscalationsPanel.class);
        panel.show(organization, forStaff);
        return panel;
    }

    private void show(OrganizationId organization, boolean forStaff) {
        var zone = settings.businessHours().zone();
        var open = escalations.ofOrganization(organization).orElseThrow().stream()
                .filter(e -> e.status().isActive()).toList();
        add(new H3(getTranslation("escalation.panel.title")));
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("escalation.panel.none")));
        } else {
            add(new Paragraph(getTranslation("escalation.panel.open", open.size())));
            add(StaticHtml.of(table(open, zone)));
        }
        if (!forStaff) {
            add(new RouterLink(getTranslation("escalation.panel.all"), EscalationsView.class));
        }
    }

    private org.jsoup.nodes.Element table(List<EscalationSummary> open, ZoneId zone) {
        var routes = RouteConfiguration.forApplicationScope();
        var table = StaticHtml.element("table", "portal-escalation-table").id("escalations-panel-table");
        var head = table.appendElement("thead").appendElement("tr");
        for (var column : List.of("title", "severity", "status", "nextDue", "state")) {
            head.appendElement("th").attr("scope", "col").text(getTranslation("escalation.column." + column));
        }
        var body = table.appendElement("tbody");
        for (var escalation : open) {
            var row = body.appendElement("tr");
            var alarm = EscalationFormats.alarmRowClass(escalation);
            if (alarm != null) {
                row.addClass(alarm);
            }
            StaticHtml.appLink(row.appendElement("td"), routes.getUrl(EscalationDetailView.class, escalation.id().value()),
                    escalation.title());
            row.appendElement("td").appendElement("span")
                    .addClass("portal-badge").addClass(EscalationFormats.severityClass(escalation))
                    .text(getTranslation("escalation.severity." + escalation.severity().name()));
            row.appendElement("td").text(getTranslation("escalation.status." + escalation.status().name()));
            // Not attached yet: the locale comes from the current UI, not from getUI().
            row.appendElement("td").text(LocaleFormats.dateTime(escalation.nextDue(), zone, getLocale()));
            row.appendElement("td").appendElement("span")
                    .addClass("portal-badge").addClass(EscalationFormats.stateClass(escalation.worst()))
                    .text(getTranslation("escalation.target." + escalation.worst().name()));
        }
        return table;
    }
}
