package dev.partnerportal.ui.content;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dev.partnerportal.content.ContentEditing;
import dev.partnerportal.content.ContentFilter;
import dev.partnerportal.content.ContentStatus;
import dev.partnerportal.content.ContentSummary;
import dev.partnerportal.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Every item in every state for the internal team, with review-by dates that have passed flagged. */
@Route("content")
@Menu(order = 25, title = "nav.content")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CONTENT_EDITOR, Role.Names.CHANNEL_MANAGER})
public class ContentListView extends Div implements HasDynamicTitle {

    private final Select<ContentStatus> status = new Select<>();
    private final TextField search = new TextField();
    private final Checkbox overdueOnly = new Checkbox();

    ContentListView(ContentEditing editing) {
        addClassNames("portal-page", "portal-page-full");
        var overdue = editing.countReviewOverdue();
        if (overdue > 0) {
            var warning = new Paragraph(getTranslation("content.reviewOverdue.banner", overdue));
            warning.setId("review-overdue-banner");
            warning.addClassName("portal-warning");
            add(warning);
        }
        status.setId("content-status-filter");
        status.setLabel(getTranslation("content.filter.status"));
        status.setItems(ContentStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("library.filter.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("library.filter.any") : getTranslation("contentStatus." + s.name()));
        search.setId("content-search");
        search.setLabel(getTranslation("content.filter.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        overdueOnly.setId("content-overdue-only");
        overdueOnly.setLabel(getTranslation("content.filter.overdueOnly"));
        var create = new Button(getTranslation("content.new"), e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate(ContentEditorView.class)));
        create.setId("content-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var grid = new Grid<ContentSummary>();
        grid.setId("content-grid");
        grid.addComponentColumn(s -> new RouterLink(s.title(), ContentEditorView.class,
                        new RouteParameters("id", Long.toString(s.id().value()))))
                .setHeader(getTranslation("library.column.title")).setFlexGrow(3).setSortProperty("title");
        grid.addColumn(s -> getTranslation("contentType." + s.type().name()))
                .setHeader(getTranslation("library.column.type")).setAutoWidth(true).setSortProperty("type");
        grid.addColumn(s -> getTranslation("contentStatus." + s.status().name()))
                .setHeader(getTranslation("content.column.status")).setAutoWidth(true).setSortProperty("status");
        grid.addColumn(ContentSummary::language).setHeader(getTranslation("content.column.language")).setAutoWidth(true);
        grid.addComponentColumn(this::reviewCell).setHeader(getTranslation("content.column.reviewBy"))
                .setAutoWidth(true).setSortProperty("reviewBy");
        grid.setEmptyStateText(getTranslation("content.empty"));
        grid.setItems(query -> {
            var page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            var sorted = page.getSort().isSorted() ? page
                    : PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Direction.DESC, "updatedAt"));
            return editing.list(filter(), sorted).stream();
        });
        grid.setSizeFull();
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        overdueOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var transfer = new RouterLink(getTranslation("content.transfer"), ContentTransferView.class);
        transfer.setId("content-transfer");
        var bar = new HorizontalLayout(status, search, overdueOnly, create, transfer);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        add(bar, grid);
    }

    private ContentFilter filter() {
        return ContentFilter.ALL.withStatus(status.getValue()).withText(search.getValue())
                .withReviewOverdueOnly(overdueOnly.getValue());
    }

    private Span reviewCell(ContentSummary item) {
        var cell = new Span(item.reviewBy() == null ? "" : item.reviewBy().toString());
        if (item.reviewOverdue()) {
            cell.setText(getTranslation("content.reviewOverdue", item.reviewBy().toString()));
            cell.addClassNames("portal-badge", "portal-badge-warning", "review-overdue");
        }
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("content.pageTitle");
    }
}
