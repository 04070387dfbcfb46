package dev.partnerportal.ui.search;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.partnerportal.search.SearchResults;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;

/**
 * One facet beside the results: its values with counts as buttons (keyboard-reachable); the chosen value
 * is pressed and choosing it again clears the filter.
 */
class SearchFacet extends Div {

    SearchFacet(SearchResults.Facet facet, BinaryOperator<String> label, BiConsumer<String, String> choose) {
        addClassName("search-facet");
        setId("facet-" + facet.dimension());
        var heading = new H2(getTranslation("search.facet." + facet.dimension()));
        add(heading);
        if (facet.values().isEmpty()) {
            add(new Span(getTranslation("search.facet.none")));
        }
        for (var value : facet.values()) {
            var count = new Span(Long.toString(value.count()));
            count.addClassName("search-facet-count");
            var button = new Button(label.apply(facet.dimension(), value.value()));
            button.setSuffixComponent(value.selected() ? VaadinIcon.CLOSE_SMALL.create() : count);
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.addClassName("search-facet-value");
            button.getElement().setAttribute("aria-pressed", Boolean.toString(value.selected()));
            button.addClickListener(e -> choose.accept(facet.dimension(), value.selected() ? "" : value.value()));
            add(button);
        }
    }
}
