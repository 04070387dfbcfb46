package dev.partnerportal.ui.escalation;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinService;
import dev.partnerportal.escalation.EscalationSettings;
import dev.partnerportal.escalation.Escalations;
import dev.partnerportal.shared.OrganizationId;

/**
 * The open escalations of one organization with status and next target: on the partner's home (linking to
 * the partner pages) and on the desk's partner page (linking to each escalation). Hosts add it in one line.
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
            var grid = new EscalationGrid(zone, false);
            grid.setItems(open);
            grid.setId("escalations-panel-grid");
            add(grid);
        }
        if (!forStaff) {
            add(new RouterLink(getTranslation("escalation.panel.all"), EscalationsView.class));
        }
    }
}
