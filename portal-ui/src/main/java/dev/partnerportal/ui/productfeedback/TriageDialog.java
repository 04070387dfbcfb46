package dev.partnerportal.ui.productfeedback;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import dev.partnerportal.productfeedback.FeedbackItem;
import dev.partnerportal.productfeedback.FeedbackKind;
import dev.partnerportal.productfeedback.FeedbackStatus;
import dev.partnerportal.productfeedback.FeedbackVisibility;
import dev.partnerportal.productfeedback.Triage;
import java.util.ArrayList;
import java.util.function.Consumer;

/**
 * Staff decide on one submission: the statuses triage allows from here, who sees it (ideas only may go to all
 * partners) and the reply to the submitting organization. Hands the decision to {@code onSave}.
 */
class TriageDialog extends Dialog {

    /** What the form collects. */
    static final class Decision {
        FeedbackStatus status = FeedbackStatus.NEW;
        FeedbackVisibility visibility = FeedbackVisibility.PRIVATE;
        String reply = "";
    }

    TriageDialog(FeedbackItem item, Consumer<Triage> onSave) {
        setHeaderTitle(item.title());
        setId("triage-dialog");
        var context = new Paragraph(item.organizationName() + " · " + getTranslation("productfeedback.kind." + item.kind().name())
                + " · " + item.productArea());
        var description = new Paragraph(item.description());
        description.addClassName("productfeedback-description");
        var choices = new ArrayList<FeedbackStatus>();
        choices.add(item.status());
        choices.addAll(item.status().next());
        var status = new Select<FeedbackStatus>();
        status.setLabel(getTranslation("productfeedback.status"));
        status.setItems(choices);
        status.setItemLabelGenerator(s -> getTranslation("productfeedback.status." + s.name()));
        status.setId("triage-status");
        var visibility = new Select<FeedbackVisibility>();
        visibility.setLabel(getTranslation("productfeedback.visibility"));
        visibility.setItems(FeedbackVisibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("productfeedback.visibility." + v.name()));
        visibility.setEnabled(item.kind() == FeedbackKind.IDEA);
        visibility.setId("triage-visibility");
        var reply = new TextArea(getTranslation("productfeedback.replyLabel"));
        reply.setMaxLength(Triage.REPLY_MAX_LENGTH);
        reply.setHelperText(getTranslation("productfeedback.replyHelp"));
        reply.setId("triage-reply");

        var binder = new Binder<Decision>();
        binder.forField(status).asRequired(getTranslation("productfeedback.required")).bind(d -> d.status, (d, v) -> d.status = v);
        binder.forField(visibility).asRequired(getTranslation("productfeedback.required"))
                .bind(d -> d.visibility, (d, v) -> d.visibility = v);
        binder.forField(reply).bind(d -> d.reply, (d, v) -> d.reply = v);
        var current = new Decision();
        current.status = item.status();
        current.visibility = item.visibility();
        current.reply = item.reply() == null ? "" : item.reply();
        binder.readBean(current);

        var save = new Button(getTranslation("productfeedback.triage.save"), click -> {
            var decision = new Decision();
            if (binder.writeBeanIfValid(decision)) {
                onSave.accept(new Triage(decision.status, decision.visibility, decision.reply));
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-triage");
        var form = new FormLayout(status, visibility, reply);
        form.setColspan(reply, 2);
        add(context, description, form);
        getFooter().add(new Button(getTranslation("productfeedback.cancel"), click -> close()), save);
    }
}
