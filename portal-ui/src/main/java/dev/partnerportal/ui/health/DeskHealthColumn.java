package dev.partnerportal.ui.health;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.partnerportal.health.HealthRanking;
import dev.partnerportal.health.RelationshipHealth;
import dev.partnerportal.onboarding.PartnerDesk;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The desk's health column: each partner's score and the component that costs it most. The desk sorts by it,
 * lowest first, so the relationships that need attention come first.
 */
public final class DeskHealthColumn {

    private DeskHealthColumn() {
    }

    /** Adds the column to a desk grid whose items are set, scores them in one call and sorts lowest first. */
    public static Grid.Column<PartnerDesk.DeskRow> addTo(Grid<PartnerDesk.DeskRow> grid, RelationshipHealth health) {
        List<PartnerDesk.DeskRow> rows = grid.getListDataView().getItems().toList();
        Map<Long, HealthRanking> rankings = health.rank(rows.stream().map(r -> r.organization().organizationId()).toList())
                .stream().collect(Collectors.toMap(r -> r.organization().value(), Function.identity()));
        var column = grid.addComponentColumn(row -> cell(grid, rankings.get(row.organization().id())))
                .setHeader(grid.getTranslation("health.desk.column"))
                .setComparator(Comparator.comparingInt(row -> score(rankings.get(row.organization().id()))))
                .setKey("health").setFlexGrow(2);
        grid.sort(GridSortOrder.asc(column).build());
        return column;
    }

    private static int score(HealthRanking ranking) {
        return ranking == null ? Integer.MAX_VALUE : ranking.score();
    }

    private static Div cell(Grid<?> grid, HealthRanking ranking) {
        var cell = new Div();
        cell.addClassName("portal-desk-health");
        if (ranking == null) {
            return cell;
        }
        var score = new Span(Integer.toString(ranking.score()));
        score.addClassNames("portal-badge", "portal-health-" + HealthPanel.band(ranking.score()));
        var reason = new Span(ranking.mainReason() == null ? grid.getTranslation("health.desk.noReason")
                : grid.getTranslation("health.desk.mainReason",
                        grid.getTranslation("health.component." + ranking.mainReason().name())));
        reason.addClassName("portal-health-main-reason");
        cell.add(score, reason);
        return cell;
    }
}
