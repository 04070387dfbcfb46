package dev.partnerportal.ui.content;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dev.partnerportal.content.ContentFilter;
import dev.partnerportal.content.ContentLibrary;
import dev.partnerportal.content.ContentSummary;
import dev.partnerportal.content.ContentType;
import dev.partnerportal.content.Taxonomy;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The partners' library: published items inside the caller's audience, by type, industry and product,
 * with what is new since the last visit marked. Staff see every published item here.
 */
@Route("library")
@Menu(order = 15, title = "nav.library")
@PermitAll
public class LibraryView extends Div implements HasDynamicTitle {

    private final Select<ContentType> type = new Select<>();
    private final ComboBox<String> industry = new ComboBox<>();
    private final ComboBox<String> product = new ComboBox<>();
    private final Checkbox newOnly = new Checkbox();
    private final @Nullable Instant previousVisit;

    LibraryView(ContentLibrary library) {
        addClassNames("portal-page", "portal-page-full");
        previousVisit = library.startVisit().orElse(null);

        type.setId("library-type");
        type.setLabel(getTranslation("library.filter.type"));
        type.setItems(ContentType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("library.filter.any"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("library.filter.any") : getTranslation("contentType." + t.name()));
        industry.setId("library-industry");
        industry.setLabel(getTranslation("library.filter.industry"));
        industry.setItems(LocaleFormats.sortedByName(library.terms(Taxonomy.INDUSTRY), term -> term, getLocale()));
        industry.setClearButtonVisible(true);
        product.setId("library-product");
        product.setLabel(getTranslation("library.filter.product"));
        product.setItems(LocaleFormats.sortedByName(library.terms(Taxonomy.PRODUCT), term -> term, getLocale()));
        product.setClearButtonVisible(true);
        newOnly.setId("library-new-only");
        newOnly.setLabel(getTranslation("library.filter.newOnly"));
        newOnly.setEnabled(previousVisit != null);

        var grid = new Grid<ContentSummary>();
        grid.setId("library-grid");
        grid.addComponentColumn(this::titleCell).setHeader(getTranslation("library.column.title")).setFlexGrow(3);
        grid.addColumn(s -> getTranslation("contentType." + s.type().name()))
                .setHeader(getTranslation("library.column.type")).setAutoWidth(true);
        grid.addColumn(ContentSummary::summary).setHeader(getTranslation("library.column.summary")).setFlexGrow(4);
        grid.setEmptyStateText(getTranslation("library.empty"));
        grid.setItems(query -> {
            var page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            var sorted = page.getSort().isSorted() ? page
                    : PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Direction.DESC, "publishedAt", "id"));
            return library.browse(filter(), getLocale().getLanguage(), sorted).stream();
        });
        grid.setSizeFull();
        type.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        industry.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        product.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        newOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        var filters = new HorizontalLayout(type, industry, product, newOnly);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, grid);
    }

    private ContentFilter filter() {
        return ContentFilter.ALL.withType(type.getValue()).withIndustry(industry.getValue())
                .withProduct(product.getValue())
                .withPublishedAfter(newOnly.getValue() ? previousVisit : null);
    }

    private Div titleCell(ContentSummary item) {
        var link = new RouterLink(item.title(), LibraryItemView.class, new RouteParameters("slug", item.slug()));
        link.addClassName("library-item-link");
        var cell = new Div(link);
        if (previousVisit != null && item.publishedAt() != null && item.publishedAt().isAfter(previousVisit)) {
            var badge = new Span(getTranslation("library.new"));
            badge.addClassNames("portal-badge", "portal-badge-new");
            cell.add(badge);
        }
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("library.pageTitle");
    }
}
