package dev.partnerportal.ui.survey;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinService;
import dev.partnerportal.onboarding.PartnerDesk;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.survey.SurveyResults;
import dev.partnerportal.survey.WaveResults.TrendPoint;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The desk's NPS column: each partner company's latest NPS from an attributed wave and its trend. All rows are
 * read in one call; companies without an attributed answer show an empty cell and sort last.
 */
public final class DeskNpsColumn {

    private DeskNpsColumn() {
    }

    /** Adds the column to a desk grid whose items are set. */
    public static Grid.Column<PartnerDesk.DeskRow> addTo(Grid<PartnerDesk.DeskRow> grid) {
        var results = VaadinService.getCurrent().getInstantiator().getOrCreate(SurveyResults.class);
        Map<OrganizationId, List<TrendPoint>> trends = results.companyTrends(grid.getListDataView().getItems()
                .map(row -> row.organization().organizationId()).toList());
        return grid.addComponentColumn(row -> cell(grid, trends.getOrDefault(row.organization().organizationId(), List.of())))
                .setHeader(grid.getTranslation("survey.companyNps.column"))
                .setComparator(Comparator.<PartnerDesk.DeskRow, @Nullable BigDecimal>comparing(
                        row -> latest(trends.get(row.organization().organizationId())),
                        Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder())))
                .setKey("nps");
    }

    private static @Nullable BigDecimal latest(@Nullable List<TrendPoint> trend) {
        return trend == null || trend.isEmpty() ? null : trend.getLast().nps().value();
    }

    private static Div cell(Grid<?> grid, List<TrendPoint> trend) {
        var cell = new Div();
        cell.addClassName("portal-desk-nps");
        if (trend.isEmpty()) {
            return cell;
        }
        var score = new Span(trend.getLast().nps().value().toPlainString());
        score.addClassName("portal-desk-nps-score");
        cell.add(score, CompanyNpsPanel.sparkline(grid, trend, null));
        return cell;
    }
}
