package dev.partnerportal.ui.content;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import dev.partnerportal.content.ContentDetails;
import dev.partnerportal.content.ContentSummary;
import java.util.function.Function;
import java.util.stream.Stream;

/** The item's translations, and a search to link it to the same item in another language (fires {@link LinkEvent}). */
class TranslationsPanel extends Div {

    TranslationsPanel(ContentDetails item, Function<String, Stream<ContentSummary>> search) {
        setId("translations");
        add(new H3(getTranslation("editor.translations")));
        item.translations().forEach(t -> add(new Div(new RouterLink(t.title() + " (" + t.language() + ")",
                ContentEditorView.class, new RouteParameters("id", Long.toString(t.id().value()))))));
        var other = new ComboBox<ContentSummary>(getTranslation("editor.translations.of"));
        other.setId("translation-of");
        other.setItems(query -> search.apply(query.getFilter().orElse("")).skip(query.getOffset()).limit(query.getLimit()));
        other.setItemLabelGenerator(s -> s.title() + " (" + s.language() + ")");
        var link = new Button(getTranslation("editor.translations.link"), e -> {
            if (other.getValue() != null) {
                fireEvent(new LinkEvent(this, other.getValue()));
            }
        });
        link.setId("translation-link");
        var row = new HorizontalLayout(other, link);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(row);
    }

    Registration addLinkListener(ComponentEventListener<LinkEvent> listener) {
        return addListener(LinkEvent.class, listener);
    }

    static final class LinkEvent extends ComponentEvent<TranslationsPanel> {
        private final ContentSummary other;

        LinkEvent(TranslationsPanel source, ContentSummary other) {
            super(source, false);
            this.other = other;
        }

        ContentSummary other() {
            return other;
        }
    }
}
