package dev.partnerportal.ui.content;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.partnerportal.content.ContentSummary;
import java.util.List;
import java.util.Locale;

/**
 * A row of library cards (featured, recommended, recently viewed): each card shows the whole title as a link,
 * the type and language, and the summary. Cards wrap onto as many lines as the screen needs.
 */
final class LibraryCards {

    private LibraryCards() {
    }

    /** The titled section, or nothing at all when there are no items. */
    static List<Component> section(Component host, String id, String titleKey, List<ContentSummary> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        var cards = new Div();
        cards.addClassName("library-cards");
        items.forEach(item -> cards.add(card(host, item)));
        var section = new Div(new H3(host.getTranslation(titleKey)), cards);
        section.addClassName("library-card-section");
        section.setId(id);
        return List.of(section);
    }

    static Div card(Component host, ContentSummary item) {
        var title = new RouterLink(item.title(), LibraryItemView.class, new RouteParameters("slug", item.slug()));
        title.addClassNames("library-card-title", "library-item-link");
        var card = new Div(title, meta(host, item));
        if (!item.summary().isBlank()) {
            var summary = new Paragraph(item.summary());
            summary.addClassName("library-card-summary");
            card.add(summary);
        }
        card.addClassName("library-card");
        return card;
    }

    private static Locale locale() {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    /** "Cheat sheet · Hungarian": the type and the language, named in the reader's language. */
    static Span meta(Component host, ContentSummary item) {
        var language = Locale.forLanguageTag(item.language()).getDisplayLanguage(locale());
        var meta = new Span(host.getTranslation("contentType." + item.type().name()) + " · "
                + (language.isEmpty() ? item.language() : language));
        meta.addClassName("library-card-meta");
        return meta;
    }
}
