package dev.partnerportal.ui.onboarding;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.partnerportal.health.RelationshipHealth;
import dev.partnerportal.onboarding.JourneyStep;
import dev.partnerportal.onboarding.OnboardingJourneys;
import dev.partnerportal.onboarding.PartnerDesk;
import dev.partnerportal.onboarding.TouchpointEntry;
import dev.partnerportal.onboarding.TouchpointKind;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.tier.Tiers;
import dev.partnerportal.ui.health.HealthPanel;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;

/** One partner on the desk: their onboarding journey, and the touchpoint log with a form to add one. */
@Route("desk/partner")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CHANNEL_MANAGER})
public class PartnerDetailView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final PartnerDesk desk;
    private final OnboardingJourneys journeys;
    private final Tiers tiers;
    private final RelationshipHealth health;
    private String title = "";

    PartnerDetailView(PartnerDesk desk, OnboardingJourneys journeys, Tiers tiers, RelationshipHealth health) {
        this.health = health;
        this.desk = desk;
        this.journeys = journeys;
        this.tiers = tiers;
        addClassName("portal-page");
        setId("partner-detail");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        var organization = OrganizationId.of(id);
        var partner = desk.partner(organization).orElseThrow(NotFoundException::new);
        title = partner.name();
        render(organization);
    }

    private void render(OrganizationId organization) {
        removeAll();
        add(new H2(title));
        tiers.standing(organization).ifPresent(standing -> add(new TierStandingCard(standing)));
        health.of(organization).ifPresent(reading -> add(new HealthPanel(reading)));
        add(new H3(getTranslation("tier.history")), new TierOverridePanel(tiers, organization, () -> render(organization)));
        add(new H3(getTranslation("desk.journey")), new JourneyPanel(journeys.of(organization).orElseThrow(),
                step -> true, step -> completeStep(step, organization)));
        add(new H3(getTranslation("desk.touchpoints")), touchpointForm(organization), touchpointList(organization));
    }

    /** Manual steps are ticked off directly; a step that completes itself needs a reason, which is audited. */
    private void completeStep(JourneyStep step, OrganizationId organization) {
        if (!step.kind().completesAutomatically()) {
            journeys.complete(step.id());
            render(organization);
            return;
        }
        new CompleteStepDialog(step, reason -> {
            journeys.completeWithReason(step.id(), reason);
            render(organization);
        }).open();
    }

    private Div touchpointForm(OrganizationId organization) {
        var kind = new Select<TouchpointKind>();
        kind.setLabel(getTranslation("desk.touchpoint.kind"));
        kind.setItems(TouchpointKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("desk.touchpoint.kind." + k.name()));
        kind.setValue(TouchpointKind.CALL);
        var date = new DatePicker(getTranslation("desk.touchpoint.date"), LocalDate.now());
        date.setMax(LocalDate.now());
        var people = new TextField(getTranslation("desk.touchpoint.people"));
        people.setMaxLength(TouchpointEntry.PEOPLE_MAX_LENGTH);
        var notes = new TextArea(getTranslation("desk.touchpoint.notes"));
        notes.setMaxLength(TouchpointEntry.NOTES_MAX_LENGTH);
        notes.setId("touchpoint-notes");
        var binder = new Binder<TouchpointDraft>();
        binder.forField(kind).asRequired(getTranslation("apply.required")).bind(d -> d.kind, (d, v) -> d.kind = v);
        binder.forField(date).asRequired(getTranslation("apply.required"))
                .withValidator(day -> !day.isAfter(LocalDate.now()), getTranslation("error.onboarding.touchpoint-in-future"))
                .bind(d -> d.date, (d, v) -> d.date = v);
        binder.forField(people).bind(d -> d.people, (d, v) -> d.people = v);
        binder.forField(notes).asRequired(getTranslation("apply.required"))
                .withValidator(text -> !text.isBlank(), getTranslation("apply.required"))
                .bind(d -> d.notes, (d, v) -> d.notes = v);
        var save = new Button(getTranslation("desk.touchpoint.save"), click -> {
            var draft = new TouchpointDraft();
            if (!binder.writeBeanIfValid(draft) || draft.kind == null || draft.date == null) {
                return;
            }
            desk.log(organization, draft.kind, draft.date, draft.people, draft.notes);
            render(organization);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-touchpoint");
        var form = new FormLayout(kind, date, people, notes);
        form.setColspan(notes, 2);
        return new Div(form, save);
    }

    /** What the touchpoint form collects; the Binder fills it only when every field is valid. */
    private static final class TouchpointDraft {
        private @Nullable TouchpointKind kind;
        private @Nullable LocalDate date;
        private String people = "";
        private String notes = "";
    }

    private UnorderedList touchpointList(OrganizationId organization) {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var list = new UnorderedList();
        list.addClassName("portal-touchpoints");
        list.setId("touchpoints");
        for (var touchpoint : desk.touchpoints(organization)) {
            var head = new Span(dates.format(touchpoint.happenedOn()) + " · "
                    + getTranslation("desk.touchpoint.kind." + touchpoint.kind().name())
                    + (touchpoint.people() == null ? "" : " · " + touchpoint.people()));
            head.addClassName("portal-touchpoint-head");
            list.add(new ListItem(head, new Paragraph(touchpoint.notes())));
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
