package dev.partnerportal.ui.onboarding;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import dev.partnerportal.onboarding.JourneyStep;
import dev.partnerportal.onboarding.OnboardingJourneys;
import java.util.function.Consumer;

/**
 * Asks a manager why a step that normally completes itself is being marked done by hand. The reason is required
 * and goes to the audit log; the dialog only collects it and hands it to {@code onConfirm}.
 */
class CompleteStepDialog extends Dialog {

    private final TextArea reason = new TextArea();

    CompleteStepDialog(JourneyStep step, Consumer<String> onConfirm) {
        setHeaderTitle(getTranslation("onboarding.completeByHand.title"));
        setId("complete-step-dialog");
        reason.setLabel(getTranslation("onboarding.completeByHand.reason"));
        reason.setMaxLength(OnboardingJourneys.REASON_MAX_LENGTH);
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setId("complete-step-reason");
        add(new Paragraph(getTranslation("onboarding.completeByHand.explain", step.title())), reason);
        var binder = new Binder<Completion>();
        binder.forField(reason).asRequired(getTranslation("onboarding.completeByHand.reasonRequired"))
                .withValidator(text -> !text.isBlank(), getTranslation("onboarding.completeByHand.reasonRequired"))
                .bind(c -> c.reason, (c, v) -> c.reason = v);
        var confirm = new Button(getTranslation("onboarding.completeByHand.confirm"), click -> {
            var completion = new Completion();
            if (!binder.writeBeanIfValid(completion)) {
                return;
            }
            onConfirm.accept(completion.reason);
            close();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("complete-step-confirm");
        getFooter().add(new Button(getTranslation("onboarding.completeByHand.cancel"), click -> close()), confirm);
    }

    /** The reason the Binder hands over once it is given. */
    private static final class Completion {
        private String reason = "";
    }
}
