package dev.partnerportal.ui.lead;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
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
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Partners: the leads offered to their organization (answer before the window closes) and the ones it
 * accepted. Selecting an offered lead shows its contact and the accept and reject actions.
 */
@Route("leads")
@Menu(order = 16, title = "lead.nav.leads")
@RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.PARTNER_USER})
public class LeadsView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final Leads leads;
    private final Grid<LeadView> grid = new Grid<>();
    private final Div detail = new Div();

    LeadsView(Leads leads) {
        this.leads = leads;
        addClassName("portal-page");
        setId("leads");
        grid.setId("lead-grid");
        grid.addColumn(LeadView::company).setHeader(getTranslation("lead.field.company")).setFlexGrow(2);
        grid.addColumn(LeadView::country).setHeader(getTranslation("lead.field.country"));
        grid.addColumn(l -> String.join(", ", l.products())).setHeader(getTranslation("lead.field.products"));
        grid.addColumn(l -> LeadFormats.money(this, l.estimatedValue(), l.currency())).setHeader(getTranslation("lead.field.estimatedValue"));
        grid.addComponentColumn(l -> LeadFormats.status(this, l.status())).setHeader(getTranslation("lead.field.status"));
        grid.addColumn(l -> LeadFormats.time(this, l.offerExpiresAt())).setHeader(getTranslation("lead.field.answerBy"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));
        detail.setId("lead-detail");
        add(new Paragraph(getTranslation("lead.partner.intro")), grid, detail);
        refresh();
    }

    /** A link with {@code ?lead=<id>} (a notification's) selects that lead, if it is one of the organization's. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("lead").ifPresent(id ->
                grid.getListDataView().getItems().filter(lead -> lead.id().toString().equals(id)).findFirst()
                        .ifPresent(grid::select));
    }

    private void refresh() {
        var items = leads.list(LeadFilter.NONE);
        grid.setItems(items);
        grid.setVisible(!items.isEmpty());
        if (items.isEmpty()) {
            detail.removeAll();
            detail.add(new Paragraph(getTranslation("lead.partner.none")));
        }
    }

    private void show(@Nullable LeadView lead) {
        detail.removeAll();
        if (lead == null) {
            return;
        }
        detail.add(new H3(lead.company()),
                new Paragraph(getTranslation("lead.detail.contact", lead.contactName(), lead.contactEmail(),
                        lead.contactPhone() == null ? "" : lead.contactPhone())),
                new Paragraph(lead.domain() == null ? "" : lead.domain()));
        if (lead.notes() != null) {
            detail.add(new Paragraph(lead.notes()));
        }
        if (lead.status() != LeadStatus.OFFERED) {
            return;
        }
        var accept = new Button(getTranslation("lead.accept"), click -> act(() -> leads.accept(lead.id()), "lead.accepted"));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setId("lead-accept");
        var reason = new TextField(getTranslation("lead.field.reason"));
        reason.setMaxLength(Leads.REASON_MAX_LENGTH);
        reason.setId("lead-reject-reason");
        var reject = new Button(getTranslation("lead.reject"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("error.lead.reason-required", Leads.REASON_MAX_LENGTH));
                return;
            }
            act(() -> leads.reject(lead.id(), reason.getValue()), "lead.rejected");
        });
        reject.setId("lead-reject");
        var actions = new HorizontalLayout(accept, reason, reject);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        detail.add(actions);
    }

    private void act(Supplier<Optional<LeadView>> action, String done) {
        try {
            if (action.get().isPresent()) {
                Notices.success(getTranslation(done));
            }
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
        detail.removeAll();
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lead.partner.pageTitle");
    }
}
