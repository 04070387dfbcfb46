package dev.partnerportal.ui.content;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
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
import dev.partnerportal.content.ContentForMe;
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
 * The partners' library: cards for featured and recommended items and for what the reader opened lately, then
 * every published item inside the caller's audience, by type, industry and product, with what is new since the
 * last visit marked. Staff see every published item here. Each list entry wraps (nothing is cut on a phone).
 */
@Route("library")
@Menu(order = 15, title = "nav.library")
@PermitAll
public class LibraryView extends Div implements HasDynamicTitle {

    /** Cards per section at most. */
    static final int CARDS = 6;

    private final Select<ContentType> type = new Select<>();
    private final ComboBox<String> industry = new ComboBox<>();
    private final ComboBox<String> product = new ComboBox<>();
    private final Checkbox newOnly = new Checkbox();
    private final @Nullable Instant previousVisit;

    LibraryView(ContentLibrary library, ContentForMe forMe) {
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
        grid.addComponentColumn(this::entry).setHeader(getTranslation("library.column.title")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
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
        var language = getLocale().getLanguage();
        LibraryCards.section(this, "library-featured", "library.featured", forMe.featuredForMe(CARDS)).forEach(this::add);
        LibraryCards.section(this, "library-recommended", "library.recommended", library.recommended(language, CARDS))
                .forEach(this::add);
        LibraryCards.section(this, "library-recent", "library.recent", library.recentlyViewed(CARDS)).forEach(this::add);
        var all = new H3(getTranslation("library.all"));
        all.setId("library-all");
        add(all, filters, grid);
    }

    private ContentFilter filter() {
        return ContentFilter.ALL.withType(type.getValue()).withIndustry(industry.getValue())
                .withProduct(product.getValue())
                .withPublishedAfter(newOnly.getValue() ? previousVisit : null);
    }

    private Div entry(ContentSummary item) {
        var link = new RouterLink(item.title(), LibraryItemView.class, new RouteParameters("slug", item.slug()));
        link.addClassName("library-item-link");
        var cell = new Div(link, LibraryCards.meta(this, item));
        cell.addClassName("library-entry");
        if (previousVisit != null && item.publishedAt() != null && item.publishedAt().isAfter(previousVisit)) {
            var badge = new Span(getTranslation("library.new"));
            badge.addClassNames("portal-badge", "portal-badge-new");
            cell.add(badge);
        }
        if (!item.summary().isBlank()) {
            var summary = new Span(item.summary());
            summary.addClassName("library-entry-summary");
            cell.add(summary);
        }
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("library.pageTitle");
    }
}
