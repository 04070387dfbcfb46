package dev.partnerportal.ui.relationship;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import dev.partnerportal.relationship.NextStepForm;
import dev.partnerportal.relationship.Side;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One next step in the touchpoint form; a row left without a description is no next step at all. */
final class NextStepRow {

    private final FormLayout layout;
    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();

    NextStepRow(Component host, LocalDate today) {
        var description = new TextField(host.getTranslation("relationship.nextStep.description"));
        description.setMaxLength(NextStepForm.DESCRIPTION_MAX_LENGTH);
        description.addClassName("next-step-description");
        var owner = new TextField(host.getTranslation("relationship.nextStep.owner"));
        owner.setMaxLength(NextStepForm.OWNER_MAX_LENGTH);
        owner.addClassName("next-step-owner");
        var side = new Select<Side>();
        side.setLabel(host.getTranslation("relationship.nextStep.side"));
        side.setItems(Side.values());
        side.setItemLabelGenerator(s -> host.getTranslation("relationship.side." + s.name()));
        var due = new DatePicker(host.getTranslation("relationship.nextStep.due"));
        due.addClassName("next-step-due");
        String required = host.getTranslation("relationship.required");
        binder.forField(description).bind(d -> d.description, (d, v) -> d.description = v);
        binder.forField(owner).withValidator(text -> description.isEmpty() || !text.isBlank(), required)
                .bind(d -> d.owner, (d, v) -> d.owner = v);
        binder.forField(side).bind(d -> d.side, (d, v) -> d.side = v);
        binder.forField(due).withValidator(day -> description.isEmpty() || day != null, required)
                .bind(d -> d.due, (d, v) -> d.due = v);
        draft.side = Side.VENDOR;
        draft.due = today.plusWeeks(2);
        binder.readBean(draft);
        layout = new FormLayout(description, owner, side, due);
        layout.addClassName("relationship-next-step-row");
    }

    FormLayout layout() {
        return layout;
    }

    boolean valid() {
        return binder.writeBeanIfValid(draft);
    }

    /** The next step, or null when the row was left empty. */
    @Nullable NextStepForm form() {
        if (draft.description.isBlank() || draft.due == null || draft.side == null) {
            return null;
        }
        return new NextStepForm(draft.description, draft.owner, draft.side, draft.due);
    }

    private static final class Draft {
        private String description = "";
        private String owner = "";
        private @Nullable Side side;
        private @Nullable LocalDate due;
    }
}
