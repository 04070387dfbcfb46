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

/**
 * The item's translations, a search to link it to the same item in another language (fires {@link LinkEvent}) and a
 * button to take it out of its group (fires {@link UnlinkEvent}).
 */
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
        var unlink = new Button(getTranslation("editor.translations.unlink"), e -> fireEvent(new UnlinkEvent(this)));
        unlink.setId("translation-unlink");
        unlink.setVisible(!item.translations().isEmpty());
        var row = new HorizontalLayout(other, link, unlink);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(row);
    }

    Registration addLinkListener(ComponentEventListener<LinkEvent> listener) {
        return addListener(LinkEvent.class, listener);
    }

    Registration addUnlinkListener(ComponentEventListener<UnlinkEvent> listener) {
        return addListener(UnlinkEvent.class, listener);
    }

    /** Take this item out of its translation group. */
    static final class UnlinkEvent extends ComponentEvent<TranslationsPanel> {
        UnlinkEvent(TranslationsPanel source) {
            super(source, false);
        }
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
