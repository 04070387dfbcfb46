package dev.partnerportal.ui.relationship;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
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

    /** A person with a role and the ways to reach them (mail and phone links). */
    static Element personMarkup(String role, String name, @Nullable String email, @Nullable String phone) {
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

    static Html vendorSide(Component host, Team team) {
        return StaticHtml.of(vendorSideMarkup(host, team));
    }

    static Element vendorSideMarkup(Component host, Team team) {
        var people = StaticHtml.element("div", "relationship-people").id("relationship-vendor-side");
        var manager = team.partnerManager();
        if (manager != null) {
            people.appendChild(personMarkup(host.getTranslation("relationship.partnerManager"), manager.name(),
                    manager.email(), manager.phone()));
        }
        for (var contact : team.vendorContacts()) {
            var p = contact.person();
            people.appendChild(personMarkup(host.getTranslation("relationship.function." + contact.function().name()),
                    p.name(), p.email(), p.phone()));
        }
        return people;
    }

    static Html partnerSide(Component host, Team team) {
        return StaticHtml.of(partnerSideMarkup(host, team));
    }

    static Element partnerSideMarkup(Component host, Team team) {
        var people = StaticHtml.element("div", "relationship-people").id("relationship-partner-side");
        for (PartnerContactEntry contact : team.partnerContacts()) {
            var role = host.getTranslation("relationship.department." + contact.department().name())
                    + (contact.title() == null ? "" : " · " + contact.title());
            people.appendChild(personMarkup(role, contact.name(), contact.email(), contact.phone()));
        }
        if (team.partnerContacts().isEmpty()) {
            people.appendElement("p").text(host.getTranslation("relationship.contacts.none"));
        }
        return people;
    }

    static Html escalationPath(Component host, Team team) {
        return StaticHtml.of(escalationPathMarkup(host, team));
    }

    static Element escalationPathMarkup(Component host, Team team) {
        var box = StaticHtml.element("div", "relationship-escalation").id("relationship-escalation");
        box.appendElement("h4").text(host.getTranslation("relationship.escalation"));
        if (team.escalationPath().isEmpty()) {
            box.appendElement("p").text(host.getTranslation("relationship.escalation.none"));
            return box;
        }
        box.appendElement("p").text(host.getTranslation("relationship.escalation.intro"));
        var list = box.appendElement("ol");
        for (EscalationContact step : team.escalationPath()) {
            list.appendElement("li").appendChild(personMarkup(stepLabel(host, step.step()), step.person().name(),
                    step.person().email(), step.person().phone()));
        }
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
