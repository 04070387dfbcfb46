package dev.partnerportal.ui.relationship;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.partnerportal.relationship.Breadth;
import dev.partnerportal.relationship.EscalationContact;
import dev.partnerportal.relationship.EscalationStep;
import dev.partnerportal.relationship.PartnerContactEntry;
import dev.partnerportal.relationship.Person;
import dev.partnerportal.relationship.Team;
import dev.partnerportal.ui.layout.StaticHtml;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** The parts of a team both sides look at: people cards, the escalation path and the breadth line. */
final class TeamCards {

    private TeamCards() {
    }

    /** A person with a role and the ways to reach them (mail and phone links), read-only: one element. */
    static Html person(String role, String name, @Nullable String email, @Nullable String phone) {
        return StaticHtml.of(personMarkup(role, name, email, phone));
    }

    private static Element personMarkup(String role, String name, @Nullable String email, @Nullable String phone) {
        var card = StaticHtml.element("div", "relationship-person");
        card.appendElement("span").addClass("relationship-role").text(role);
        card.appendElement("span").text(name);
        if (email != null) {
            card.appendElement("a").attr("href", "mailto:" + email).text(email);
        }
        if (phone != null) {
            card.appendElement("a").attr("href", "tel:" + phone.replace(" ", "")).text(phone);
        }
        return card;
    }

    static Div vendorSide(Component host, Team team) {
        var people = new Div();
        people.addClassName("relationship-people");
        people.setId("relationship-vendor-side");
        var manager = team.partnerManager();
        if (manager != null) {
            people.add(person(host.getTranslation("relationship.partnerManager"), manager.name(), manager.email(), manager.phone()));
        }
        for (var contact : team.vendorContacts()) {
            var p = contact.person();
            people.add(person(host.getTranslation("relationship.function." + contact.function().name()), p.name(), p.email(), p.phone()));
        }
        return people;
    }

    static Div partnerSide(Component host, Team team) {
        var people = new Div();
        people.addClassName("relationship-people");
        people.setId("relationship-partner-side");
        for (PartnerContactEntry contact : team.partnerContacts()) {
            var role = host.getTranslation("relationship.department." + contact.department().name())
                    + (contact.title() == null ? "" : " · " + contact.title());
            people.add(person(role, contact.name(), contact.email(), contact.phone()));
        }
        if (team.partnerContacts().isEmpty()) {
            people.add(new Paragraph(host.getTranslation("relationship.contacts.none")));
        }
        return people;
    }

    static Div escalationPath(Component host, Team team) {
        var box = new Div(new H4(host.getTranslation("relationship.escalation")));
        box.addClassName("relationship-escalation");
        box.setId("relationship-escalation");
        if (team.escalationPath().isEmpty()) {
            box.add(new Paragraph(host.getTranslation("relationship.escalation.none")));
            return box;
        }
        var list = StaticHtml.element("ol");
        for (EscalationContact step : team.escalationPath()) {
            list.appendElement("li").appendChild(personMarkup(stepLabel(host, step.step()), step.person().name(),
                    step.person().email(), step.person().phone()));
        }
        box.add(new Paragraph(host.getTranslation("relationship.escalation.intro")), StaticHtml.of(list));
        return box;
    }

    static String stepLabel(Component host, EscalationStep step) {
        return step == EscalationStep.PARTNER_MANAGER ? host.getTranslation("relationship.step.PARTNER_MANAGER")
                : host.getTranslation("relationship.function." + step.name());
    }

    static Span breadth(Component host, Breadth breadth) {
        var line = new Span(host.getTranslation("relationship.breadth.summary", breadth.departmentsCovered().size(),
                Breadth.DEPARTMENTS, breadth.peopleEngaged()));
        line.addClassName("relationship-breadth");
        return line;
    }

    static String name(@Nullable Person person) {
        return person == null ? "" : person.name();
    }
}
