package dev.partnerportal.ui.partner;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.staff.PartnerManagers;
import dev.partnerportal.staff.StaffMember;
import dev.partnerportal.ui.layout.Notices;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Partner organizations with their tier, status and partner manager, for administrators (who assign the
 * managers here) and channel managers (all partners or their own, as the visibility setting says).
 */
@Route("partners")
@Menu(order = 10, title = "nav.partners")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CHANNEL_MANAGER})
public class PartnerDirectoryView extends Div implements HasDynamicTitle {

    private final PartnerManagers managers;
    private final Grid<OrganizationSummary> grid = new Grid<>();
    /** The partner managers' names of the rows on screen, fetched once per page. */
    private final Map<OrganizationId, String> managerNames = new HashMap<>();

    PartnerDirectoryView(PartnerDirectory directory, PartnerManagers managers, CallerContext callers) {
        this.managers = managers;
        addClassNames("portal-page", "portal-page-full");
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
        grid.addColumn(o -> managerNames.getOrDefault(o.organizationId(), getTranslation("partners.manager.none")))
                .setHeader(getTranslation("partners.column.manager"));
        if (callers.require().role() == Role.ADMIN) {
            grid.addComponentColumn(this::assignButton).setAutoWidth(true);
        }
        grid.setEmptyStateText(getTranslation("partners.empty"));
        grid.setItems(query -> {
            var page = directory.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).getContent();
            managerNames.putAll(managers.names(page.stream().map(OrganizationSummary::organizationId).toList()));
            return page.stream();
        });
        grid.sort(List.of(new GridSortOrder<>(grid.getColumns().getFirst(), SortDirection.ASCENDING)));
        grid.setSizeFull();
        add(grid);
    }

    private Button assignButton(OrganizationSummary organization) {
        var button = new Button(getTranslation("partners.manager.assign"), click -> new ManagerDialog(organization,
                managers.candidates(), managers.of(organization.organizationId()).map(StaffMember::email).orElse(null),
                (manager, reason) -> {
                    try {
                        managers.assign(organization.organizationId(), manager.id(), reason);
                    } catch (RuleViolation refused) {
                        return Notices.message(refused);
                    }
                    managerNames.put(organization.organizationId(), manager.displayName());
                    grid.getDataProvider().refreshItem(organization);
                    Notices.success(getTranslation("partners.manager.assigned", manager.displayName(), organization.name()));
                    return null;
                }).open());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.addClassName("assign-manager");
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partners.pageTitle");
    }
}
