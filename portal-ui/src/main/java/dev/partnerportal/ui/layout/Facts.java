package dev.partnerportal.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.DescriptionList;
import org.jsoup.nodes.Element;

/** A label–value list: the portal's one way of showing facts about a record. */
public final class Facts {

    private Facts() {
    }

    public record Fact(String label, Component value) {
    }

    public static Fact fact(String label, Component value) {
        return new Fact(label, value);
    }

    public static DescriptionList of(Fact... facts) {
        var list = new DescriptionList();
        list.addClassName("portal-facts");
        for (var fact : facts) {
            list.add(new DescriptionList.Term(fact.label()), new DescriptionList.Description(fact.value()));
        }
        return list;
    }

    /** A fact that is only text (or a badge): shown by {@link #readOnly}. */
    public record TextFact(String label, Element value) {
    }

    public static TextFact text(String label, String value) {
        return new TextFact(label, new Element("span").text(value));
    }

    /** A fact whose value is built markup, for example a badge with its classes (see {@link StaticHtml}). */
    public static TextFact text(String label, Element value) {
        return new TextFact(label, value);
    }

    /** The same list as {@link #of} as one read-only element, for facts nobody clicks (docs/benchmarks/capacity.md). */
    public static Html readOnly(TextFact... facts) {
        var list = StaticHtml.element("dl", "portal-facts");
        for (var fact : facts) {
            list.appendElement("dt").text(fact.label());
            list.appendElement("dd").appendChild(fact.value());
        }
        return StaticHtml.of(list);
    }
}
