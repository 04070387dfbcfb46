package dev.partnerportal.ui.search;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.partnerportal.search.ContentGap;
import dev.partnerportal.search.ContentSearch;
import dev.partnerportal.shared.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * Content gaps: what partners searched for and did not find, most searched first, with a bar to compare at
 * a glance. Only the query text and counts per day are kept, nothing about who searched.
 */
@Route("content/gaps")
@Menu(order = 29, title = "nav.contentGaps")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CONTENT_EDITOR})
public class ContentGapsView extends Div implements HasDynamicTitle {

    private final ContentSearch search;
    private final Grid<ContentGap> grid = new Grid<>();
    private final Select<Integer> period = new Select<>();
    private long most = 1;

    ContentGapsView(ContentSearch search) {
        this.search = search;
        addClassNames("portal-page", "portal-page-full");
        period.setId("gaps-period");
        period.setLabel(getTranslation("gaps.period"));
        period.setItems(7, 30, 90);
        period.setItemLabelGenerator(days -> getTranslation("gaps.days", days));
        period.setValue(30);
        period.addValueChangeListener(e -> refresh());
        grid.setId("gaps-grid");
        grid.addColumn(ContentGap::query).setHeader(getTranslation("gaps.column.query")).setFlexGrow(2);
        grid.addColumn(ContentGap::searches).setHeader(getTranslation("gaps.column.searches")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::bar)).setHeader(getTranslation("gaps.column.share")).setFlexGrow(1);
        grid.addColumn(g -> LocaleFormats.date(g.lastSearched(), getLocale())).setHeader(getTranslation("gaps.column.last")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("gaps.empty"));
        add(new Paragraph(getTranslation("gaps.intro")), period, grid);
        refresh();
    }

    private Div bar(ContentGap gap) {
        var fill = new Div();
        fill.addClassName("gaps-bar-fill");
        fill.setWidth(Math.max(2, 100 * gap.searches() / most) + "%");
        var bar = new Div(fill);
        bar.addClassName("gaps-bar");
        bar.getElement().setAttribute("aria-hidden", "true");
        return bar;
    }

    private void refresh() {
        var gaps = search.gaps(period.getValue(), 200);
        most = Math.max(1, gaps.stream().mapToLong(ContentGap::searches).max().orElse(1));
        grid.setItems(gaps);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.contentGaps");
    }
}
