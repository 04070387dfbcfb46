package dev.partnerportal.ui.productfeedback;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import dev.partnerportal.earlyaccess.BetaSummary;
import dev.partnerportal.productfeedback.FeedbackDraft;
import dev.partnerportal.productfeedback.FeedbackKind;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The form a partner fills in to submit feedback or an idea. It hands a valid draft to {@code onSave}; it
 * never calls a service itself.
 */
class FeedbackDialog extends Dialog {

    /** What the form collects; the Binder fills it only when every field is valid. */
    static final class Draft {
        FeedbackKind kind = FeedbackKind.IDEA;
        String area = "";
        String title = "";
        String description = "";
        @Nullable BetaSummary beta;

        FeedbackDraft toDraft() {
            return new FeedbackDraft(kind, area, title, description, beta == null ? null : beta.id());
        }
    }

    FeedbackDialog(List<BetaSummary> myBetas, Consumer<FeedbackDraft> onSave) {
        setHeaderTitle(getTranslation("productfeedback.submit.title"));
        setId("feedback-dialog");
        var kind = new RadioButtonGroup<FeedbackKind>(getTranslation("productfeedback.kind"));
        kind.setItems(FeedbackKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("productfeedback.kind." + k.name()));
        kind.setId("feedback-kind");
        var area = new TextField(getTranslation("productfeedback.area"));
        area.setMaxLength(FeedbackDraft.AREA_MAX_LENGTH);
        area.setId("feedback-area");
        var title = new TextField(getTranslation("productfeedback.title"));
        title.setMaxLength(FeedbackDraft.TITLE_MAX_LENGTH);
        title.setId("feedback-title");
        var description = new TextArea(getTranslation("productfeedback.description"));
        description.setMaxLength(FeedbackDraft.DESCRIPTION_MAX_LENGTH);
        description.setId("feedback-description");
        var beta = new Select<BetaSummary>();
        beta.setLabel(getTranslation("productfeedback.beta"));
        beta.setItems(myBetas);
        beta.setItemLabelGenerator(b -> b == null ? getTranslation("productfeedback.beta.none") : b.name());
        beta.setEmptySelectionAllowed(true);
        beta.setEmptySelectionCaption(getTranslation("productfeedback.beta.none"));
        beta.setVisible(!myBetas.isEmpty());
        beta.setId("feedback-beta");

        var binder = new Binder<Draft>();
        var required = getTranslation("productfeedback.required");
        binder.forField(kind).asRequired(required).bind(d -> d.kind, (d, v) -> d.kind = v);
        binder.forField(area).asRequired(required).withValidator(v -> !v.isBlank(), required).bind(d -> d.area, (d, v) -> d.area = v);
        binder.forField(title).asRequired(required).withValidator(v -> !v.isBlank(), required).bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(description).asRequired(required).withValidator(v -> !v.isBlank(), required)
                .bind(d -> d.description, (d, v) -> d.description = v);
        binder.forField(beta).bind(d -> d.beta, (d, v) -> d.beta = v);
        binder.readBean(new Draft());

        var save = new Button(getTranslation("productfeedback.submit.save"), click -> {
            var draft = new Draft();
            if (binder.writeBeanIfValid(draft)) {
                onSave.accept(draft.toDraft());
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-feedback");
        var form = new FormLayout(kind, area, title, beta, description);
        form.setColspan(description, 2);
        add(form);
        getFooter().add(new Button(getTranslation("productfeedback.cancel"), click -> close()), save);
    }
}
