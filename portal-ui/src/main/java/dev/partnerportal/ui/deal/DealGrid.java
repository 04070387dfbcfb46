package dev.partnerportal.ui.deal;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import dev.partnerportal.deal.DealSummary;

/** Deals in a grid; a click opens one. The partner column only where several partners are listed. */
class DealGrid extends Grid<DealSummary> {

    DealGrid(boolean withPartner) {
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(DealSummary::customerCompany).setHeader(getTranslation("deal.field.company")).setFlexGrow(3);
        if (withPartner) {
            addColumn(DealSummary::organizationName).setHeader(getTranslation("deal.column.partner")).setFlexGrow(2);
        }
        addColumn(d -> getTranslation("deal.stage." + d.stage().name())).setHeader(getTranslation("deal.field.stage"));
        addColumn(d -> getTranslation("deal.status." + d.status().name())).setHeader(getTranslation("deal.column.status"));
        addColumn(d -> DealFormats.money(this, d.finalAmount() != null ? d.finalAmount() : d.estimatedValue(), d.currency()))
                .setHeader(getTranslation("deal.column.value"));
        addColumn(d -> d.protectedUntil() == null ? "" : d.protectedUntil().toString())
                .setHeader(getTranslation("deal.column.protectedUntil"));
        addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(DealDetailView.class, click.getItem().id().value())));
        setAllRowsVisible(true);
    }
}
