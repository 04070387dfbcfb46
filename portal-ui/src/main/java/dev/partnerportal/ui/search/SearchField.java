package dev.partnerportal.ui.search;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import dev.partnerportal.search.ContentSearch;
import dev.partnerportal.search.SearchQuery;
import dev.partnerportal.search.TitleSuggestion;
import dev.partnerportal.ui.content.LibraryItemView;
import java.util.Map;

/**
 * The search box in the layout: as the person types it offers titles they may read (choosing one opens the
 * item); Enter on anything else opens the results page for that text.
 */
public class SearchField extends ComboBox<TitleSuggestion> {

    public SearchField(ContentSearch search) {
        setId("portal-search");
        addClassName("portal-search");
        setPlaceholder(getTranslation("search.field.placeholder"));
        setAriaLabel(getTranslation("search.field.label"));
        // Ctrl+K focuses the field from anywhere on the page, as in most web applications with search.
        getElement().setAttribute("aria-keyshortcuts", "Control+K");
        com.vaadin.flow.component.Shortcuts.addShortcutListener(this, (com.vaadin.flow.component.ShortcutEventListener) e -> focus(),
                com.vaadin.flow.component.Key.KEY_K, com.vaadin.flow.component.KeyModifier.CONTROL)
                .listenOn(com.vaadin.flow.component.UI.getCurrent());
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setAllowCustomValue(true);
        setClearButtonVisible(true);
        setAutoOpen(true);
        setItemLabelGenerator(TitleSuggestion::title);
        setItems(query -> {
            var typed = query.getFilter().orElse("");
            var titles = typed.isBlank() ? java.util.List.<TitleSuggestion>of() : search.suggest(typed);
            return titles.stream().skip(query.getOffset()).limit(query.getLimit());
        });
        addCustomValueSetListener(event -> open(event.getDetail()));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                var chosen = event.getValue();
                clear();
                UI.getCurrent().navigate(LibraryItemView.class, new RouteParameters("slug", chosen.slug()));
            }
        });
    }

    /** Opens the results page for what was typed (Enter on text that is not a suggested title). */
    void open(String text) {
        var typed = text.strip();
        if (typed.length() > SearchQuery.TEXT_MAX_LENGTH) {
            typed = typed.substring(0, SearchQuery.TEXT_MAX_LENGTH);
        }
        clear();
        UI.getCurrent().navigate(SearchView.class, QueryParameters.simple(Map.of("q", typed)));
    }
}
