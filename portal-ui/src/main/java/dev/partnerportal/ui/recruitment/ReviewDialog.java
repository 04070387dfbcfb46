package dev.partnerportal.ui.recruitment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import dev.partnerportal.recruitment.SubmittedApplication;
import dev.partnerportal.ui.layout.Facts;
import java.util.function.Predicate;

/** One application in full, with approve and reject (a reason is required to reject). */
class ReviewDialog extends Dialog {

    record Decision(long applicationId, boolean approve, String reason) {
    }

    ReviewDialog(SubmittedApplication application, Predicate<Decision> onDecision) {
        setHeaderTitle(application.companyName());
        setId("review-dialog");
        var facts = Facts.of(
                Facts.fact(getTranslation("applications.column.type"),
                        new Span(getTranslation("partnerType." + application.partnerType().name()))),
                Facts.fact(getTranslation("applications.column.region"), new Span(application.region())),
                Facts.fact(getTranslation("applications.contact"),
                        new Span(application.contactName() + " <" + application.contactEmail() + ">")),
                Facts.fact(getTranslation("apply.website"), new Span(application.website() == null ? "–" : application.website())),
                Facts.fact(getTranslation("apply.question.ready"), answer(application.ready())),
                Facts.fact(getTranslation("apply.question.willing"), answer(application.willing())),
                Facts.fact(getTranslation("apply.question.able"), answer(application.able())),
                Facts.fact(getTranslation("apply.question.values"), answer(application.values())),
                Facts.fact(getTranslation("applications.column.score"), ApplicationsView.scoreBar(application.score())));
        var motivation = new Paragraph(application.motivation() == null ? "" : application.motivation());
        var reason = new TextArea(getTranslation("applications.reason"));
        reason.setMaxLength(SubmittedApplication.REASON_MAX_LENGTH);
        reason.setWidthFull();
        reason.setId("reject-reason");
        add(facts, motivation, reason);

        var approve = new Button(getTranslation("applications.approve"), click -> {
            if (onDecision.test(new Decision(application.id(), true, ""))) {
                close();
            }
        });
        approve.setId("approve-application");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        // Only rejecting needs a reason, so the Binder is consulted by the reject button alone.
        var rejection = new Binder<Rejection>();
        rejection.forField(reason).asRequired(getTranslation("applications.reasonRequired"))
                .withValidator(text -> !text.isBlank(), getTranslation("applications.reasonRequired"))
                .bind(r -> r.reason, (r, v) -> r.reason = v);
        var reject = new Button(getTranslation("applications.reject"), click -> {
            var draft = new Rejection();
            if (!rejection.writeBeanIfValid(draft)) {
                return;
            }
            if (onDecision.test(new Decision(application.id(), false, draft.reason))) {
                close();
            }
        });
        reject.setId("reject-application");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var cancel = new Button(getTranslation("applications.cancel"), click -> close());
        getFooter().add(cancel, reject, approve);
    }

    /** The reason the reject button sends. */
    private static final class Rejection {
        private String reason = "";
    }

    private Span answer(int value) {
        return new Span(value + " – " + getTranslation("apply.scale." + value));
    }
}
