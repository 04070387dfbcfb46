package dev.partnerportal.ui.relationship;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.partnerportal.relationship.CadenceStatus;
import dev.partnerportal.relationship.Conversations;
import dev.partnerportal.relationship.NextStepEntry;
import dev.partnerportal.relationship.Person;
import dev.partnerportal.relationship.RelationshipTeam;
import dev.partnerportal.relationship.Team;
import dev.partnerportal.relationship.TouchpointEntry;
import dev.partnerportal.relationship.VendorContactEntry;
import dev.partnerportal.shared.OrganizationId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The relationship on the desk's partner page: the team on both sides with the escalation path and breadth,
 * the agreed cadence with overdue rhythms flagged, and the touchpoints with their next steps (overdue flagged,
 * ticked off here). Staff name the vendor side, agree the cadence and log touchpoints from here.
 */
public class RelationshipPanel extends Div {

    private final RelationshipTeam team;
    private final Conversations conversations;
    private final OrganizationId organization;

    public RelationshipPanel(RelationshipTeam team, Conversations conversations, OrganizationId organization) {
        this.team = team;
        this.conversations = conversations;
        this.organization = organization;
        addClassName("relationship-panel");
        setId("relationship-panel");
        render();
    }

    private void render() {
        removeAll();
        var current = team.team(organization).orElseThrow();
        var editVendor = new Button(getTranslation("relationship.vendor.edit"), click -> editVendorSide(current));
        editVendor.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        editVendor.setId("edit-vendor-team");
        add(new H3(getTranslation("relationship.panel")),
                new Div(new H4(getTranslation("relationship.breadth")), TeamCards.breadth(this, current.breadth())),
                new H4(getTranslation("relationship.vendorSide")), TeamCards.vendorSide(this, current), editVendor,
                TeamCards.escalationPath(this, current),
                new H4(getTranslation("relationship.partnerSide.staff")), TeamCards.partnerSide(this, current));
        add(cadence());
        add(touchpoints(current));
    }

    private Div cadence() {
        var statuses = conversations.cadence(organization).orElseThrow();
        var box = new Div(new H4(getTranslation("relationship.cadence")));
        box.setId("relationship-cadence");
        if (statuses.isEmpty()) {
            box.add(new Paragraph(getTranslation("relationship.cadence.none")));
        }
        var list = new UnorderedList();
        for (CadenceStatus status : statuses) {
            var line = new ListItem(new Span(getTranslation("relationship.cadence.line",
                    getTranslation("relationship.kind." + status.entry().kind().name()), status.entry().everyWeeks())));
            var due = new Span(getTranslation(status.overdue() ? "relationship.cadence.overdue" : "relationship.cadence.due",
                    LocaleFormats.date(status.due(), getLocale())));
            due.addClassNames("portal-badge", status.overdue() ? "portal-overdue" : "relationship-due");
            line.add(due);
            list.add(line);
        }
        var edit = new Button(getTranslation("relationship.cadence.edit"), click -> new CadenceDialog(statuses, entries -> {
            conversations.agreeCadence(organization, entries);
            render();
        }).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setId("edit-cadence");
        box.add(list, edit);
        return box;
    }

    private Div touchpoints(Team current) {
        var log = new Button(getTranslation("relationship.touchpoint.log"), click -> new TouchpointDialog(LocalDate.now(),
                conversations.businessReviewTemplate(), team.staff(), current.partnerContacts(), form -> {
                    conversations.log(organization, form);
                    render();
                }).open());
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        log.setId("log-touchpoint");
        var box = new Div(new H4(getTranslation("relationship.touchpoints")), log);
        var list = new UnorderedList();
        list.addClassName("portal-touchpoints");
        list.setId("touchpoints");
        var names = current.partnerContacts().stream().collect(Collectors.toMap(c -> c.id(), c -> c.name()));
        for (TouchpointEntry touchpoint : conversations.touchpoints(organization).orElseThrow()) {
            var head = new Span(LocaleFormats.date(touchpoint.happenedOn(), getLocale()) + " · "
                    + getTranslation("relationship.kind." + touchpoint.kind().name())
                    + touchpoint.topics().stream().map(t -> getTranslation("relationship.topic." + t.name()))
                            .collect(Collectors.joining(", ", " · ", "")));
            head.addClassName("portal-touchpoint-head");
            var item = new ListItem(head);
            var people = touchpoint.contactAttendees().stream().map(names::get).filter(Objects::nonNull).collect(Collectors.joining(", "));
            if (touchpoint.people() != null || !people.isEmpty()) {
                item.add(new Paragraph(getTranslation("relationship.touchpoint.legacyPeople",
                        people.isEmpty() ? touchpoint.people() : people)));
            }
            item.add(new Paragraph(touchpoint.notes()));
            touchpoint.nextSteps().forEach(step -> item.add(nextStep(step)));
            list.add(item);
        }
        if (list.getChildren().findAny().isEmpty()) {
            box.add(new Paragraph(getTranslation("relationship.touchpoints.none")));
        }
        box.add(list);
        return box;
    }

    private Div nextStep(NextStepEntry step) {
        var line = new Div(new Span(getTranslation("relationship.nextStep.line", step.description(), step.ownerName(),
                getTranslation("relationship.side." + step.ownerSide().name()), LocaleFormats.date(step.dueOn(), getLocale()))));
        line.addClassName("relationship-next-step");
        if (step.done()) {
            var done = new Span(getTranslation("relationship.nextStep.done"));
            done.addClassNames("portal-badge", "relationship-done");
            line.add(done);
            return line;
        }
        if (step.overdue()) {
            var overdue = new Span(getTranslation("relationship.nextStep.overdue"));
            overdue.addClassNames("portal-badge", "portal-overdue");
            line.add(overdue);
        }
        var markDone = new Button(getTranslation("relationship.nextStep.markDone"), click -> {
            conversations.completeNextStep(step.id());
            render();
        });
        markDone.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        markDone.setId("next-step-done-" + step.id());
        line.add(markDone);
        return line;
    }

    private void editVendorSide(Team current) {
        new VendorTeamDialog(current, team.staff(), choices -> {
            choices.forEach((function, choice) -> {
                var before = current.vendorContacts().stream().filter(c -> c.function() == function)
                        .map(VendorContactEntry::person).findFirst().orElse(null);
                Person chosen = choice.person();
                boolean samePerson = before == null ? chosen == null : chosen != null && before.id().equals(chosen.id());
                boolean samePhone = before == null || Objects.equals(Objects.toString(before.phone(), ""), choice.phone());
                if (!samePerson || !samePhone) {
                    team.assignVendorContact(organization, function, chosen == null ? null : chosen.id(), choice.phone());
                }
            });
            render();
        }).open();
    }
}
