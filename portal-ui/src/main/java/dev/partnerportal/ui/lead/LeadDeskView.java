package dev.partnerportal.ui.lead;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.partnerportal.lead.LeadFilter;
import dev.partnerportal.lead.LeadStatus;
import dev.partnerportal.lead.LeadView;
import dev.partnerportal.lead.Leads;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.ui.layout.Notices;
import jakarta.annotation.security.RolesAllowed;

/** Staff: every lead and where it stands, the new-lead form and the CSV import. */
@Route("leads/desk")
@Menu(order = 16, title = "lead.nav.desk")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CHANNEL_MANAGER})
public class LeadDeskView extends Div implements HasDynamicTitle {

    private final Leads leads;
    private final Grid<LeadView> grid = new Grid<>();
    private final Select<LeadStatus> status = new Select<>();

    LeadDeskView(Leads leads) {
        this.leads = leads;
        addClassName("portal-page");
        setId("lead-desk");
        status.setLabel(getTranslation("lead.field.status"));
        status.setItems(LeadStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("lead.filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("lead.filter.all") : getTranslation("lead.status." + s.name()));
        status.setId("lead-status-filter");
        status.addValueChangeListener(event -> refresh());
        grid.setId("lead-desk-grid");
        grid.addColumn(LeadView::company).setHeader(getTranslation("lead.field.company")).setFlexGrow(2);
        grid.addColumn(l -> l.region() == null ? "" : l.region()).setHeader(getTranslation("lead.field.region"));
        grid.addColumn(l -> LeadFormats.money(this, l.estimatedValue(), l.currency())).setHeader(getTranslation("lead.field.estimatedValue"));
        grid.addComponentColumn(l -> LeadFormats.status(this, l.status())).setHeader(getTranslation("lead.field.status"));
        grid.addColumn(l -> l.organizationName() == null ? "" : l.organizationName()).setHeader(getTranslation("lead.field.partner"));
        grid.addColumn(l -> LeadFormats.time(this, l.offerExpiresAt())).setHeader(getTranslation("lead.field.answerBy"));
        grid.setAllRowsVisible(true);

        var form = new LeadForm();
        form.addCreateListener(event -> {
            try {
                var created = leads.create(event.lead());
                Notices.success(created.organizationName() == null ? getTranslation("lead.created.returned")
                        : getTranslation("lead.created.offered", created.organizationName()));
                form.clear();
                refresh();
            } catch (RuleViolation refused) {
                Notices.refused(refused);
            }
        });
        var rules = new Paragraph(getTranslation("lead.desk.rules"));
        rules.addClassName("portal-hint");
        add(new Paragraph(getTranslation("lead.desk.intro")), rules, status, grid,
                new Details(getTranslation("lead.desk.new"), form),
                new Details(getTranslation("lead.import.title"), new LeadImportPanel(leads, this::refresh)));
        refresh();
    }

    private void refresh() {
        grid.setItems(leads.list(new LeadFilter(status.getValue(), null, null)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lead.desk.pageTitle");
    }
}
