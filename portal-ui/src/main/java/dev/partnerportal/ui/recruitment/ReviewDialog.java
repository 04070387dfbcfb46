package dev.partnerportal.ui.recruitment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import dev.partnerportal.recruitment.PartnerApplication;
import dev.partnerportal.ui.layout.Facts;
import java.util.function.Predicate;

/** One application in full, with approve and reject (a reason is required to reject). */
class ReviewDialog extends Dialog {

    record Decision(long applicationId, boolean approve, String reason) {
    }

    ReviewDialog(PartnerApplication application, Predicate<Decision> onDecision) {
        setHeaderTitle(application.getCompanyName());
        setId("review-dialog");
        var facts = Facts.of(
                Facts.fact(getTranslation("applications.column.type"),
                        new Span(getTranslation("partnerType." + application.getPartnerType().name()))),
                Facts.fact(getTranslation("applications.column.region"), new Span(application.getRegion())),
                Facts.fact(getTranslation("applications.contact"),
                        new Span(application.getContactName() + " <" + application.getContactEmail() + ">")),
                Facts.fact(getTranslation("apply.website"), new Span(application.getWebsite() == null ? "–" : application.getWebsite())),
                Facts.fact(getTranslation("apply.question.ready"), answer(application.getReady())),
                Facts.fact(getTranslation("apply.question.willing"), answer(application.getWilling())),
                Facts.fact(getTranslation("apply.question.able"), answer(application.getAble())),
                Facts.fact(getTranslation("apply.question.values"), answer(application.getValues())),
                Facts.fact(getTranslation("applications.column.score"), ApplicationsView.scoreBar(application.getScore())));
        var motivation = new Paragraph(application.getMotivation() == null ? "" : application.getMotivation());
        var reason = new TextArea(getTranslation("applications.reason"));
        reason.setMaxLength(PartnerApplication.REASON_MAX_LENGTH);
        reason.setWidthFull();
        reason.setId("reject-reason");
        add(facts, motivation, reason);

        var approve = new Button(getTranslation("applications.approve"), click -> {
            if (onDecision.test(new Decision(application.getId(), true, ""))) {
                close();
            }
        });
        approve.setId("approve-application");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        var reject = new Button(getTranslation("applications.reject"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("applications.reasonRequired"));
                return;
            }
            if (onDecision.test(new Decision(application.getId(), false, reason.getValue()))) {
                close();
            }
        });
        reject.setId("reject-application");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var cancel = new Button(getTranslation("applications.cancel"), click -> close());
        getFooter().add(cancel, reject, approve);
    }

    private Span answer(int value) {
        return new Span(value + " – " + getTranslation("apply.scale." + value));
    }
}
