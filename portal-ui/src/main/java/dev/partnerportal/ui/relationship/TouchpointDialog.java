package dev.partnerportal.ui.relationship;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import dev.partnerportal.relationship.BusinessReviewTemplate;
import dev.partnerportal.relationship.NextStepForm;
import dev.partnerportal.relationship.PartnerContactEntry;
import dev.partnerportal.relationship.Person;
import dev.partnerportal.relationship.Topic;
import dev.partnerportal.relationship.TouchpointForm;
import dev.partnerportal.relationship.TouchpointKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Logs a touchpoint: kind, day, topics, agenda, notes, attendees from both sides and next steps. Choosing a
 * business review fills in the template's topics and an agenda that starts with strategy.
 */
class TouchpointDialog extends Dialog {

    private final List<NextStepRow> rows = new ArrayList<>();
    private final Div nextSteps = new Div();

    TouchpointDialog(LocalDate today, BusinessReviewTemplate template, List<Person> staff, List<PartnerContactEntry> contacts,
                     Consumer<TouchpointForm> onSave) {
        setHeaderTitle(getTranslation("relationship.touchpoint.log"));
        setId("touchpoint-dialog");
        setWidth("min(48rem, 95vw)");
        var kind = new Select<TouchpointKind>();
        kind.setLabel(getTranslation("relationship.touchpoint.kind"));
        kind.setItems(TouchpointKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("relationship.kind." + k.name()));
        kind.setId("touchpoint-kind");
        var date = new DatePicker(getTranslation("relationship.touchpoint.date"));
        date.setMax(today);
        var topics = new CheckboxGroup<Topic>(getTranslation("relationship.touchpoint.topics"));
        topics.setItems(Topic.values());
        topics.setItemLabelGenerator(t -> getTranslation("relationship.topic." + t.name()));
        topics.setId("touchpoint-topics");
        var agenda = new TextArea(getTranslation("relationship.touchpoint.agenda"));
        agenda.setMaxLength(TouchpointForm.AGENDA_MAX_LENGTH);
        agenda.setId("touchpoint-agenda");
        var notes = new TextArea(getTranslation("relationship.touchpoint.notes"));
        notes.setMaxLength(TouchpointForm.NOTES_MAX_LENGTH);
        notes.setId("touchpoint-notes");
        var ours = new MultiSelectComboBox<Person>(getTranslation("relationship.touchpoint.staff"));
        ours.setItems(LocaleFormats.sortedByName(staff, Person::name, getLocale()));
        ours.setItemLabelGenerator(Person::name);
        var theirs = new MultiSelectComboBox<PartnerContactEntry>(getTranslation("relationship.touchpoint.contacts"));
        theirs.setItems(LocaleFormats.sortedByName(contacts, PartnerContactEntry::name, getLocale()));
        theirs.setItemLabelGenerator(PartnerContactEntry::name);

        kind.addValueChangeListener(change -> {
            if (change.getValue() == TouchpointKind.BUSINESS_REVIEW) {
                topics.setValue(new HashSet<>(template.agenda()));
                if (agenda.isEmpty()) {
                    agenda.setValue(agendaText(template));
                }
            }
        });

        var binder = new Binder<Draft>();
        binder.forField(kind).asRequired(getTranslation("relationship.required")).bind(d -> d.kind, (d, v) -> d.kind = v);
        binder.forField(date).asRequired(getTranslation("relationship.required"))
                .withValidator(day -> !day.isAfter(today), getTranslation("error.relationship.touchpoint-in-future"))
                .bind(d -> d.date, (d, v) -> d.date = v);
        binder.forField(topics).bind(d -> d.topics, (d, v) -> d.topics = v);
        binder.forField(agenda).bind(d -> d.agenda, (d, v) -> d.agenda = v);
        binder.forField(notes).asRequired(getTranslation("relationship.required"))
                .withValidator(text -> !text.isBlank(), getTranslation("relationship.required"))
                .bind(d -> d.notes, (d, v) -> d.notes = v);
        binder.forField(ours).bind(d -> d.staff, (d, v) -> d.staff = v);
        binder.forField(theirs).bind(d -> d.contacts, (d, v) -> d.contacts = v);
        var draft = new Draft();
        draft.kind = TouchpointKind.CALL;
        draft.date = today;
        binder.readBean(draft);

        var form = new FormLayout(kind, date, topics, ours, theirs, agenda, notes);
        form.setColspan(topics, 2);
        form.setColspan(agenda, 2);
        form.setColspan(notes, 2);
        nextSteps.setId("touchpoint-next-steps");
        var addStep = new Button(getTranslation("relationship.nextStep.add"), click -> addRow(today));
        addStep.setId("touchpoint-add-next-step");
        add(form, new H4(getTranslation("relationship.nextSteps")), nextSteps, addStep);
        addRow(today);

        var save = new Button(getTranslation("relationship.touchpoint.save"), click -> {
            boolean stepsValid = rows.stream().allMatch(NextStepRow::valid);
            if (!binder.writeBeanIfValid(draft) || !stepsValid || draft.kind == null || draft.date == null) {
                return;
            }
            var steps = rows.stream().map(NextStepRow::form).filter(java.util.Objects::nonNull).toList();
            onSave.accept(new TouchpointForm(draft.kind, draft.date, draft.topics, draft.agenda, draft.notes,
                    draft.staff.stream().map(Person::id).collect(Collectors.toSet()),
                    draft.contacts.stream().map(PartnerContactEntry::id).collect(Collectors.toSet()), steps));
            close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("touchpoint-save");
        getFooter().add(new Button(getTranslation("relationship.touchpoint.cancel"), click -> close()), save);
    }

    private String agendaText(BusinessReviewTemplate template) {
        var lines = new ArrayList<String>();
        for (int i = 0; i < template.agenda().size(); i++) {
            lines.add((i + 1) + ". " + getTranslation("relationship.topic." + template.agenda().get(i).name()));
        }
        lines.add((template.agenda().size() + 1) + ". " + getTranslation("relationship.nextSteps"));
        return String.join("\n", lines);
    }

    private void addRow(LocalDate today) {
        var row = new NextStepRow(this, today);
        rows.add(row);
        nextSteps.add(row.layout());
    }

    /** What the form collects; the Binder fills it only when every field is valid. */
    private static final class Draft {
        private @Nullable TouchpointKind kind;
        private @Nullable LocalDate date;
        private Set<Topic> topics = Set.of();
        private String agenda = "";
        private String notes = "";
        private Set<Person> staff = Set.of();
        private Set<PartnerContactEntry> contacts = Set.of();
    }
}
