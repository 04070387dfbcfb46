package dev.partnerportal.ui.plan;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import dev.partnerportal.plan.CommitmentCheckIn;
import dev.partnerportal.plan.PlanCommitment;
import java.util.List;

/** A check-in on a commitment: the progress now and what happened, with the earlier check-ins beneath. */
class CheckInDialog extends Dialog {

    /** What the dialog hands back; the owner saves it and answers null, or the refusal to show. */
    interface Save {
        @org.jspecify.annotations.Nullable String apply(int progress, String note);
    }

    private static final class Draft {
        private Integer progress = 0;
        private String note = "";
    }

    CheckInDialog(PlanCommitment commitment, List<CommitmentCheckIn> earlier, Save save) {
        setHeaderTitle(getTranslation("plan.checkIn.title", commitment.description()));
        var progress = new IntegerField(getTranslation("plan.commitment.progress"));
        progress.setMin(0);
        progress.setMax(100);
        progress.setStepButtonsVisible(true);
        progress.setId("check-in-progress");
        var note = new TextArea(getTranslation("plan.checkIn.note"));
        note.setMaxLength(CommitmentCheckIn.NOTE_MAX_LENGTH);
        note.setWidthFull();
        note.setId("check-in-note");
        var binder = new Binder<Draft>();
        binder.forField(progress).asRequired(getTranslation("plan.required"))
                .withValidator(p -> p >= 0 && p <= 100, getTranslation("error.plan.progress-out-of-range"))
                .bind(d -> d.progress, (d, v) -> d.progress = v);
        binder.forField(note).asRequired(getTranslation("plan.required"))
                .withValidator(text -> !text.isBlank(), getTranslation("plan.required"))
                .bind(d -> d.note, (d, v) -> d.note = v);
        var draft = new Draft();
        draft.progress = commitment.progress();
        binder.readBean(draft);
        add(progress, note);
        if (!earlier.isEmpty()) {
            var list = new UnorderedList();
            earlier.forEach(c -> list.add(new ListItem(c.progress() + "% · " + c.checkedBy() + ": " + c.note())));
            add(new H4(getTranslation("plan.checkIn.history")), list);
        }
        var ok = new Button(getTranslation("plan.checkIn.save"), click -> {
            var result = new Draft();
            if (!binder.writeBeanIfValid(result)) {
                return;
            }
            var refusal = save.apply(result.progress, result.note);
            if (refusal == null) {
                close();
            } else {
                note.setInvalid(true);
                note.setErrorMessage(refusal);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("check-in-save");
        getFooter().add(new Button(getTranslation("plan.checkIn.cancel"), click -> close()), ok);
    }
}
