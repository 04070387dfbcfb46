package dev.partnerportal.ui.search;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.partnerportal.content.ContentType;
import dev.partnerportal.search.ContentSearch;
import dev.partnerportal.search.SearchHit;
import dev.partnerportal.search.SearchQuery;
import dev.partnerportal.search.SearchResults;
import dev.partnerportal.search.UpdatedWithin;
import dev.partnerportal.ui.content.LibraryItemView;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search results: the query in the address (so results can be shared and the back button works), facets
 * with counts beside the results, highlighted snippets and paging. Empty, rebuilding and failure states
 * are said in plain words.
 */
@Route("search")
@PermitAll
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(SearchView.class);

    private final ContentSearch search;
    private final TextField text = new TextField();
    private final Paragraph summary = new Paragraph();
    private final Div suggestion = new Div();
    private final Div facets = new Div();
    private final Div hits = new Div();
    private final Div pager = new Div();
    private SearchQuery query = SearchQuery.of("");

    SearchView(ContentSearch search) {
        this.search = search;
        addClassNames("portal-page", "portal-page-full", "search-page");
        text.setId("search-text");
        text.setAriaLabel(getTranslation("search.field.label"));
        text.setPlaceholder(getTranslation("search.field.placeholder"));
        text.setMaxLength(SearchQuery.TEXT_MAX_LENGTH);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> go(SearchQuery.of(text.getValue())));
        var submit = new Button(getTranslation("search.submit"), e -> go(SearchQuery.of(text.getValue())));
        submit.setId("search-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var bar = new Div(text, submit);
        bar.addClassName("search-bar");
        summary.setId("search-summary");
        summary.getElement().setAttribute("role", "status");
        suggestion.setId("search-did-you-mean");
        facets.setId("search-facets");
        facets.addClassName("search-facets");
        facets.getElement().setAttribute("aria-label", getTranslation("search.facets"));
        hits.setId("search-hits");
        hits.addClassName("search-hits");
        pager.addClassName("search-pager");
        var results = new Div(summary, suggestion, hits, pager);
        results.addClassName("search-results");
        var columns = new Div(facets, results);
        columns.addClassName("search-columns");
        add(bar, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        query = new SearchQuery(parameters.getSingleParameter("q").orElse(""),
                parameters.getSingleParameter("type").map(v -> parse(ContentType.class, v)).orElse(null),
                parameters.getSingleParameter("industry").orElse(null),
                parameters.getSingleParameter("product").orElse(null),
                parameters.getSingleParameter("language").orElse(null),
                parameters.getSingleParameter("updated").map(v -> parse(UpdatedWithin.class, v)).orElse(null),
                parameters.getSingleParameter("page").map(SearchView::number).orElse(0), 10);
        text.setValue(query.text());
        show();
    }

    @Override
    public String getPageTitle() {
        return query.text().isBlank() ? getTranslation("search.title")
                : getTranslation("search.titleFor", query.text());
    }

    private void show() {
        facets.removeAll();
        hits.removeAll();
        pager.removeAll();
        suggestion.removeAll();
        SearchResults results;
        try {
            results = search.search(query, getLocale().getLanguage());
        } catch (RuntimeException e) {
            log.error("Search failed for a query of {} characters", query.text().length(), e);
            summary.setText(getTranslation("search.failed"));
            return;
        }
        if (results.state() == SearchResults.State.REBUILDING) {
            summary.setText(getTranslation("search.rebuilding"));
            return;
        }
        summary.setText(results.total() == 0 ? getTranslation(query.filtered() ? "search.noneFiltered" : "search.none", query.text())
                : getTranslation(results.approximate() ? "search.countApproximate" : "search.count", results.total(), query.text()));
        if (results.didYouMean() != null) {
            var corrected = new Button(results.didYouMean(), e -> go(SearchQuery.of(results.didYouMean())));
            corrected.setId("search-correction");
            corrected.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            suggestion.add(new Span(getTranslation("search.didYouMean")), corrected);
        }
        results.facets().forEach(facet -> facets.add(new SearchFacet(facet, this::label, this::choose)));
        var when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        results.hits().forEach(hit -> hits.add(hit(hit, when)));
        if (results.pages() > 1) {
            pager.add(pageButton("search-previous", "search.previous", query.page() - 1, query.page() > 0),
                    new Span(getTranslation("search.page", query.page() + 1, results.pages())),
                    pageButton("search-next", "search.next", query.page() + 1, query.page() + 1 < results.pages()));
        }
    }

    private Component hit(SearchHit hit, DateTimeFormatter when) {
        var title = new RouterLink(hit.title(), LibraryItemView.class, new RouteParameters("slug", hit.slug()));
        title.addClassName("search-hit-title");
        // Counted for click-through in analytics; the router navigates on the same click.
        var searched = query.text();
        title.getElement().addEventListener("click", click -> search.opened(searched, hit.id()));
        var heading = new H3(title);
        var type = new Span(getTranslation("contentType." + hit.type().name()));
        type.addClassName("portal-badge");
        var meta = new Div(type, new Span(languageName(hit.language())), new Span(when.format(hit.updated())));
        meta.addClassName("search-hit-meta");
        // The snippet is the item's text escaped by the index, with only <mark> added around matches.
        var snippet = new Html("<p class=\"search-snippet\">" + hit.snippetHtml() + "</p>");
        var article = new Div(heading, meta, snippet);
        article.addClassName("search-hit");
        article.getElement().setAttribute("role", "article");
        return article;
    }

    private Button pageButton(String id, String key, int page, boolean enabled) {
        var button = new Button(getTranslation(key), e -> go(query.withPage(page)));
        button.setId(id);
        button.setEnabled(enabled);
        return button;
    }

    private String label(String dimension, String value) {
        return switch (dimension) {
            case "type" -> getTranslation("contentType." + value);
            case "updated" -> getTranslation("search.updated." + value);
            case "language" -> languageName(value);
            default -> value;
        };
    }

    /** "ko" as "Korean" (in the reader's language), "pt-BR" as "Portuguese (Brazil)"; unknown tags as they are. */
    private String languageName(String tag) {
        var name = java.util.Locale.forLanguageTag(tag).getDisplayName(getLocale());
        return name.isBlank() ? tag : name;
    }

    private void choose(String dimension, String value) {
        go(switch (dimension) {
            case "type" -> query.withType(value.isEmpty() ? null : parse(ContentType.class, value));
            case "industry" -> query.withIndustry(value);
            case "product" -> query.withProduct(value);
            case "language" -> query.withLanguage(value);
            case "updated" -> query.withUpdated(value.isEmpty() ? null : parse(UpdatedWithin.class, value));
            default -> query;
        });
    }

    private void go(SearchQuery next) {
        var parameters = new java.util.LinkedHashMap<String, String>();
        parameters.put("q", next.text());
        if (next.type() != null) {
            parameters.put("type", next.type().name());
        }
        if (next.industry() != null) {
            parameters.put("industry", next.industry());
        }
        if (next.product() != null) {
            parameters.put("product", next.product());
        }
        if (next.language() != null) {
            parameters.put("language", next.language());
        }
        if (next.updated() != null) {
            parameters.put("updated", next.updated().name());
        }
        if (next.page() > 0) {
            parameters.put("page", Integer.toString(next.page()));
        }
        UI.getCurrent().navigate(SearchView.class, QueryParameters.simple(parameters));
    }

    private static <E extends Enum<E>> E parse(Class<E> kind, String value) {
        try {
            return Enum.valueOf(kind, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
