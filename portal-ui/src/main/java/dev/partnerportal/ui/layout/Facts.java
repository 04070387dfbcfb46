package dev.partnerportal.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;

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
}
