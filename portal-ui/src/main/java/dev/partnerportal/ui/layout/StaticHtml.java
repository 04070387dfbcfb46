package dev.partnerportal.ui.layout;

import com.vaadin.flow.component.Html;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Read-only markup shown as one element of the UI tree instead of one component per tag and text. Every element
 * and text node of a Flow view is a state node the server keeps for the whole life of the page (about 0.7 KiB each
 * with its share of the answer that described it, docs/benchmarks/capacity.md); a block a person only reads, with
 * no listener, no binding and no server-side state, needs none of that. Built with jsoup's element API, so texts
 * and attribute values are escaped: never pass markup from a string.
 */
public final class StaticHtml {

    /** A wrapper that takes no box of its own ({@code display: contents}): its children lay out as the parent's. */
    public static final String CONTENTS = "portal-static";

    private StaticHtml() {
    }

    /** A {@link #CONTENTS} wrapper, for several read-only siblings shown as one element. */
    public static Element contents() {
        return element("div", CONTENTS);
    }

    /** A detached element to fill with {@link Element#appendElement}, {@link Element#text} and attributes. */
    public static Element element(String tag, String... classNames) {
        var element = new Element(tag);
        for (var className : classNames) {
            element.addClass(className);
        }
        return element;
    }

    /**
     * Appends a link to a view of the application: the same DOM a {@code RouterLink} renders, and Flow's client
     * navigates in place for it (ADR 017).
     */
    public static Element appLink(Element parent, String path, String text) {
        return parent.appendElement("a").attr("href", path).attr("router-link", "").text(text);
    }

    /** The element (one root, as {@link Html} requires) as a component; the DOM the browser gets is the same. */
    public static Html of(Element root) {
        var document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        document.body().appendChild(root);
        return new Html(root.outerHtml());
    }
}
