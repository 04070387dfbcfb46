package dev.partnerportal.ui.certification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import dev.partnerportal.certification.Certification;
import dev.partnerportal.certification.HeldCertification;
import java.util.function.Consumer;

/** Asks for the reason before an award is revoked; the reason is kept with the award and in the audit log. */
class RevokeDialog extends Dialog {

    RevokeDialog(HeldCertification held, Consumer<String> onRevoke) {
        setHeaderTitle(getTranslation("certificationAdmin.revokeTitle", held.certification().name(), held.holderName()));
        var reason = new TextArea(getTranslation("certificationAdmin.reason"));
        reason.setMaxLength(Certification.REASON_MAX_LENGTH);
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setId("revoke-reason");
        add(reason);
        var confirm = new Button(getTranslation("certificationAdmin.revoke"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("certificationAdmin.reasonRequired"));
                return;
            }
            onRevoke.accept(reason.getValue());
            close();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("revoke-confirm");
        getFooter().add(new Button(getTranslation("certificationAdmin.cancel"), click -> close()), confirm);
    }
}
