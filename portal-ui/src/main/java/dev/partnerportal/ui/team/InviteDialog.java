package dev.partnerportal.ui.team;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import dev.partnerportal.identity.UserAccount;
import dev.partnerportal.shared.Role;
import org.jspecify.annotations.Nullable;

/** Email, name and role of a colleague to invite. */
class InviteDialog extends Dialog {

    /** Invites and returns null on success, or the message to show under the email field. */
    interface Invite {
        @Nullable String invite(String email, String name, Role role);
    }

    InviteDialog(Invite invite) {
        setHeaderTitle(getTranslation("team.invite"));
        var email = new EmailField(getTranslation("team.column.email"));
        email.setMaxLength(UserAccount.EMAIL_MAX_LENGTH);
        email.setRequiredIndicatorVisible(true);
        email.setId("invite-email");
        var name = new TextField(getTranslation("team.column.name"));
        name.setMaxLength(UserAccount.DISPLAY_NAME_MAX_LENGTH);
        name.setRequiredIndicatorVisible(true);
        name.setId("invite-name");
        var role = new Select<Role>();
        role.setLabel(getTranslation("team.column.role"));
        role.setItems(Role.PARTNER_USER, Role.PARTNER_ADMIN);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(Role.PARTNER_USER);
        add(new FormLayout(email, name, role));
        var send = new Button(getTranslation("team.sendInvitation"), click -> {
            email.setInvalid(false);
            name.setInvalid(false);
            if (email.getValue().isBlank() || email.isInvalid()) {
                email.setErrorMessage(getTranslation("apply.emailInvalid"));
                email.setInvalid(true);
                return;
            }
            if (name.getValue().isBlank()) {
                name.setErrorMessage(getTranslation("apply.required"));
                name.setInvalid(true);
                return;
            }
            var problem = invite.invite(email.getValue(), name.getValue(), role.getValue());
            if (problem == null) {
                close();
            } else {
                email.setErrorMessage(problem);
                email.setInvalid(true);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-invitation");
        getFooter().add(new Button(getTranslation("applications.cancel"), click -> close()), send);
    }
}
