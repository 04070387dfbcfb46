package dev.partnerportal.ui.escalation;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import dev.partnerportal.escalation.EscalationSummary;
import java.time.ZoneId;

/** Escalations in a grid; a click opens one. The partner column only where several partners are listed. */
class EscalationGrid extends Grid<EscalationSummary> {

    EscalationGrid(ZoneId zone, boolean withPartner) {
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(EscalationSummary::title).setHeader(getTranslation("escalation.column.title")).setFlexGrow(3);
        if (withPartner) {
            addColumn(EscalationSummary::organizationName).setHeader(getTranslation("escalation.column.organization"));
        }
        addComponentColumn(e -> EscalationFormats.severity(this, e)).setHeader(getTranslation("escalation.column.severity"));
        addColumn(e -> getTranslation("escalation.status." + e.status().name())).setHeader(getTranslation("escalation.column.status"));
        addColumn(e -> e.status().isActive() ? EscalationFormats.time(this, e.nextDue(), zone) : "")
                .setHeader(getTranslation("escalation.column.nextDue"));
        addComponentColumn(e -> EscalationFormats.state(this, e)).setHeader(getTranslation("escalation.column.state"));
        setPartNameGenerator(EscalationFormats::alarmRowClass);
        addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(EscalationDetailView.class, click.getItem().id().value())));
        setAllRowsVisible(true);
    }
}
