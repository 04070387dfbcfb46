package dev.partnerportal.ui.partner;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerDirectory;
import dev.partnerportal.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/** All partner organizations with their tier and status, for administrators and channel managers. */
@Route("partners")
@Menu(order = 10, title = "nav.partners")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CHANNEL_MANAGER})
public class PartnerDirectoryView extends Div implements HasDynamicTitle {

    PartnerDirectoryView(PartnerDirectory directory) {
        addClassNames("portal-page", "portal-page-full");
        var grid = new Grid<OrganizationSummary>();
        grid.setId("partners-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(OrganizationSummary::name).setHeader(getTranslation("partners.column.name"))
                .setSortProperty("name").setFlexGrow(2);
        grid.addColumn(o -> getTranslation("partnerType." + o.type().name()))
                .setHeader(getTranslation("partners.column.type")).setSortProperty("type");
        grid.addColumn(OrganizationSummary::region).setHeader(getTranslation("partners.column.region"))
                .setSortProperty("region");
        grid.addComponentColumn(o -> {
                    var badge = new Span(o.tierName());
                    badge.addClassNames("portal-badge", "portal-tier-" + o.tierCode().toLowerCase(Locale.ROOT));
                    return badge;
                })
                .setHeader(getTranslation("partners.column.tier")).setSortProperty("tier.rank");
        grid.addColumn(o -> getTranslation("organizationStatus." + o.status().name()))
                .setHeader(getTranslation("partners.column.status")).setSortProperty("status");
        grid.setEmptyStateText(getTranslation("partners.empty"));
        grid.setItems(query -> directory.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.sort(List.of(new GridSortOrder<>(grid.getColumns().getFirst(), SortDirection.ASCENDING)));
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partners.pageTitle");
    }
}
