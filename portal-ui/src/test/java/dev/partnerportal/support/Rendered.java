package dev.partnerportal.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * What a browser would render for a component, read without one: its text including read-only markup
 * ({@code ui.layout.StaticHtml}, whose content Flow keeps as the {@code innerHTML} property, not as elements).
 */
public final class Rendered {

    private Rendered() {
    }

    /** The text of the component and everything in it, markup included, in document order. */
    public static String text(Component component) {
        var text = new StringBuilder();
        collect(component.getElement(), text);
        return text.toString();
    }

    /** The elements inside the markup matching a CSS selector (for example {@code "li#practice-cadence"}). */
    public static List<org.jsoup.nodes.Element> select(Html html, String cssSelector) {
        return Jsoup.parseBodyFragment(html.getInnerHtml()).body().select(cssSelector);
    }

    /** The texts of the elements matching a CSS selector inside any of the markup blocks, in order. */
    public static List<String> texts(java.util.Collection<Html> blocks, String cssSelector) {
        return blocks.stream().flatMap(html -> select(html, cssSelector).stream()).map(org.jsoup.nodes.Element::text).toList();
    }

    private static void collect(Element element, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText());
            return;
        }
        var inner = element.getProperty("innerHTML");
        if (inner != null) {
            text.append(Jsoup.parseBodyFragment(inner).text());
            return;
        }
        element.getChildren().forEach(child -> collect(child, text));
    }
}
