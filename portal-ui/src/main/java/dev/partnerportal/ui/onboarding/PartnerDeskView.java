package dev.partnerportal.ui.onboarding;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.partnerportal.health.RelationshipHealth;
import dev.partnerportal.onboarding.PartnerDesk;
import dev.partnerportal.shared.Role;
import dev.partnerportal.ui.health.DeskHealthColumn;
import dev.partnerportal.ui.relationship.RelationshipFlags;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/** The partner manager's desk: their partners with tier, onboarding progress and the last contact. */
@Route("desk")
@Menu(order = 5, title = "nav.desk")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CHANNEL_MANAGER})
public class PartnerDeskView extends Div implements HasDynamicTitle {

    PartnerDeskView(PartnerDesk desk, RelationshipHealth health) {
        addClassNames("portal-page", "portal-page-full");
        var grid = new Grid<PartnerDesk.DeskRow>();
        grid.setId("desk-grid");
        grid.addColumn(row -> row.organization().name()).setHeader(getTranslation("desk.column.partner")).setFlexGrow(2);
        grid.addComponentColumn(row -> {
            var badge = new Span(row.organization().tierName());
            badge.addClassNames("portal-badge", "portal-tier-" + row.organization().tierCode().toLowerCase(Locale.ROOT));
            return badge;
        }).setHeader(getTranslation("desk.column.tier"));
        grid.addComponentColumn(row -> {
            var bar = new ProgressBar(0, 1, row.journey().progress());
            bar.setWidth("6rem");
            var text = new Span(getTranslation("onboarding.summary", row.journey().done(), row.journey().total()));
            var cell = new Div(bar, text);
            cell.addClassName("portal-desk-progress");
            if (row.journey().overdue() > 0) {
                var overdue = new Span(getTranslation("desk.overdue", row.journey().overdue()));
                overdue.addClassNames("portal-badge", "portal-overdue");
                cell.add(overdue);
            }
            return cell;
        }).setHeader(getTranslation("desk.column.onboarding")).setFlexGrow(2);
        grid.addColumn(row -> row.lastTouchpoint() == null ? getTranslation("desk.never") : LocaleFormats.date(row.lastTouchpoint(), getLocale()))
                .setHeader(getTranslation("desk.column.lastTouchpoint"));
        grid.addComponentColumn(row -> new RelationshipFlags(row.relationship())).setHeader(getTranslation("relationship.column")).setFlexGrow(2);
        grid.setItems(desk.myPartners());
        DeskHealthColumn.addTo(grid, health);
        dev.partnerportal.ui.survey.DeskNpsColumn.addTo(grid);
        grid.setEmptyStateText(getTranslation("desk.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(PartnerDetailView.class, click.getItem().organization().id())));
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("desk.pageTitle");
    }
}
