package dev.partnerportal.ui.deal;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.partnerportal.deal.CoSelling;
import dev.partnerportal.deal.CoSellingView;
import dev.partnerportal.deal.DealStage;
import dev.partnerportal.deal.Deals;
import dev.partnerportal.deal.PipelineFilter;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerDirectory;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.ui.layout.Notices;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.data.domain.PageRequest;

/**
 * The pipeline. Partners: their organization's deals with totals, the CSV export and the registration form.
 * Staff: every deal of the partners they see, filtered by partner and stage, the review queue and the
 * co-selling queue.
 */
@Route("deals")
@Menu(order = 14.5, title = "deal.nav")
@RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.PARTNER_USER, Role.Names.ADMIN, Role.Names.CHANNEL_MANAGER})
public class DealsView extends Div implements HasDynamicTitle {

    private final Deals deals;
    private final Div pipeline = new Div();
    private PipelineFilter filter = PipelineFilter.ALL;

    DealsView(Deals deals, CoSelling coSelling, PartnerDirectory directory, AuthenticationContext authentication, Clock clock) {
        this.deals = deals;
        addClassName("portal-page");
        setId("deals");
        boolean staff = authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.CHANNEL_MANAGER);
        add(new Paragraph(getTranslation(staff ? "deal.intro.staff" : "deal.intro.partner", deals.protectionDays())));
        if (staff) {
            var partner = new Select<OrganizationSummary>();
            partner.setLabel(getTranslation("deal.column.partner"));
            partner.setItems(directory.list(PageRequest.of(0, 1000)).getContent());
            partner.setItemLabelGenerator(o -> o == null ? getTranslation("deal.filter.all") : o.name());
            partner.setEmptySelectionAllowed(true);
            partner.setEmptySelectionCaption(getTranslation("deal.filter.all"));
            partner.setId("deal-filter-partner");
            var stage = new Select<DealStage>();
            stage.setLabel(getTranslation("deal.field.stage"));
            stage.setItems(DealStage.values());
            stage.setItemLabelGenerator(s -> s == null ? getTranslation("deal.filter.all") : getTranslation("deal.stage." + s.name()));
            stage.setEmptySelectionAllowed(true);
            stage.setEmptySelectionCaption(getTranslation("deal.filter.all"));
            stage.setId("deal-filter-stage");
            partner.addValueChangeListener(e -> show(new PipelineFilter(e.getValue() == null ? null : e.getValue().organizationId(), filter.stage()), true));
            stage.addValueChangeListener(e -> show(new PipelineFilter(filter.organization(), e.getValue()), true));
            var filters = new HorizontalLayout(partner, stage, new RouterLink(getTranslation("deal.directAccounts.pageTitle"),
                    DirectAccountsView.class));
            filters.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            add(new H3(getTranslation("deal.review.heading")), reviewQueue());
            add(new H3(getTranslation("deal.coSelling.queue")), coSellingQueue(coSelling));
            add(new H3(getTranslation("deal.pipeline.heading")), filters);
        } else {
            add(new H3(getTranslation("deal.pipeline.heading")));
        }
        add(pipeline);
        show(PipelineFilter.ALL, staff);
        if (!staff) {
            var form = new RegisterDealForm(LocalDate.now(clock));
            form.addRegisterListener(event -> {
                try {
                    var id = deals.register(event.deal());
                    Notices.success(getTranslation("deal.registered"));
                    getUI().ifPresent(ui -> ui.navigate(DealDetailView.class, id.value()));
                } catch (RuleViolation refused) {
                    Notices.refused(refused);
                }
            });
            add(new H3(getTranslation("deal.register")), form);
        }
    }

    private void show(PipelineFilter next, boolean staff) {
        filter = next;
        pipeline.removeAll();
        var current = deals.pipeline(filter);
        var grid = new DealGrid(staff);
        grid.setId("deal-list");
        grid.setItems(current.deals());
        var csv = new Anchor(csvDownload(filter), getTranslation("deal.export"));
        csv.setId("deal-export");
        pipeline.add(current.deals().isEmpty() ? new Paragraph(getTranslation("deal.none")) : grid,
                new StageTotals(current.totals()), csv);
    }

    private DealGrid reviewQueue() {
        var queue = new DealGrid(true);
        queue.setId("deal-review-queue");
        queue.setItems(deals.reviewQueue());
        return queue;
    }

    private Grid<CoSellingView> coSellingQueue(CoSelling coSelling) {
        var grid = new Grid<CoSellingView>();
        grid.addColumn(CoSellingView::customerCompany).setHeader(getTranslation("deal.field.company")).setFlexGrow(2);
        grid.addColumn(CoSellingView::organizationName).setHeader(getTranslation("deal.column.partner"));
        grid.addColumn(c -> getTranslation("deal.coSelling.kind." + c.kind().name())).setHeader(getTranslation("deal.coSelling.kind"));
        grid.addColumn(c -> c.wantedOn().toString()).setHeader(getTranslation("deal.coSelling.wantedOn"));
        grid.addColumn(c -> getTranslation("deal.coSelling.status." + c.status().name())).setHeader(getTranslation("deal.column.status"));
        grid.addColumn(c -> c.assigneeName() == null ? "" : c.assigneeName()).setHeader(getTranslation("deal.coSelling.assignee"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(DealDetailView.class, click.getItem().deal().value())));
        grid.setItems(coSelling.queue());
        grid.setAllRowsVisible(true);
        grid.setId("co-selling-queue");
        return grid;
    }

    private DownloadHandler csvDownload(PipelineFilter exported) {
        return event -> {
            event.setFileName("deals.csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.getOutputStream().write(deals.exportCsv(exported).getBytes(StandardCharsets.UTF_8));
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deal.pageTitle");
    }
}
