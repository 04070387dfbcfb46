package dev.partnerportal.ui.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import dev.partnerportal.identity.UserAccount;
import dev.partnerportal.shared.PortalLanguages;
import dev.partnerportal.shared.Role;
import dev.partnerportal.ui.i18n.LanguageNames;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Email, name and staff role of a person to invite. The view does the inviting. */
class StaffInviteDialog extends Dialog {

    /** Invites and returns null on success, or the message to show under the email field. */
    interface Invite {
        @Nullable String invite(String email, String name, Role role, @Nullable Locale language);
    }

    StaffInviteDialog(Invite invite) {
        setHeaderTitle(getTranslation("staff.invite"));
        var email = new EmailField(getTranslation("staff.column.email"));
        email.setMaxLength(UserAccount.EMAIL_MAX_LENGTH);
        email.setRequiredIndicatorVisible(true);
        email.setId("staff-invite-email");
        var name = new TextField(getTranslation("staff.column.name"));
        name.setMaxLength(UserAccount.DISPLAY_NAME_MAX_LENGTH);
        name.setRequiredIndicatorVisible(true);
        name.setId("staff-invite-name");
        var role = new Select<Role>();
        role.setId("staff-invite-role");
        role.setLabel(getTranslation("staff.column.role"));
        role.setItems(Role.CONTENT_EDITOR, Role.CHANNEL_MANAGER, Role.ADMIN);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(Role.CONTENT_EDITOR);
        // The invitee's language: the invitation mail is written in it and it becomes their account's language.
        var language = new Select<String>();
        language.setLabel(getTranslation("staff.inviteLanguage"));
        language.setItems(PortalLanguages.TAGS);
        language.setItemLabelGenerator(tag -> tag == null ? getTranslation("staff.inviteLanguageNone") : LanguageNames.autonym(tag));
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("staff.inviteLanguageNone"));
        language.setId("staff-invite-language");
        add(new FormLayout(email, name, role, language));
        var binder = new Binder<Draft>();
        binder.forField(email).asRequired(getTranslation("staff.invalidEmail"))
                .withValidator(new EmailValidator(getTranslation("staff.invalidEmail")))
                .bind(d -> d.email, (d, v) -> d.email = v);
        binder.forField(name).asRequired(getTranslation("staff.required"))
                .withValidator(text -> !text.isBlank(), getTranslation("staff.required")).bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(role).asRequired(getTranslation("staff.required")).bind(d -> d.role, (d, v) -> d.role = v);
        var send = new Button(getTranslation("staff.sendInvitation"), click -> {
            var draft = new Draft();
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            var problem = invite.invite(draft.email, draft.name, draft.role,
                    language.getValue() == null ? null : Locale.forLanguageTag(language.getValue()));
            if (problem == null) {
                close();
            } else {
                email.setErrorMessage(problem);
                email.setInvalid(true);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("staff-send-invitation");
        getFooter().add(new Button(getTranslation("staff.cancel"), click -> close()), send);
    }

    /** What the form collects; the Binder fills it only when every field is valid. */
    private static final class Draft {
        private String email = "";
        private String name = "";
        private @Nullable Role role;
    }
}
