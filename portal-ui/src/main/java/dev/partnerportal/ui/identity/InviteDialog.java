package dev.partnerportal.ui.identity;

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

/** Email, name and role of a colleague to invite. */
class InviteDialog extends Dialog {

    /** Invites and returns null on success, or the message to show under the email field. */
    interface Invite {
        @Nullable String invite(String email, String name, Role role, @Nullable Locale language);
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
        // The invitee's language: the invitation mail is written in it and it becomes their account's language.
        var language = new Select<String>();
        language.setLabel(getTranslation("team.inviteLanguage"));
        language.setItems(PortalLanguages.TAGS);
        language.setItemLabelGenerator(tag -> tag == null ? getTranslation("team.inviteLanguageNone") : LanguageNames.autonym(tag));
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("team.inviteLanguageNone"));
        language.setId("invite-language");
        add(new FormLayout(email, name, role, language));
        var binder = new Binder<Draft>();
        binder.forField(email).asRequired(getTranslation("apply.emailInvalid"))
                .withValidator(new EmailValidator(getTranslation("apply.emailInvalid")))
                .bind(d -> d.email, (d, v) -> d.email = v);
        binder.forField(name).asRequired(getTranslation("apply.required"))
                .withValidator(text -> !text.isBlank(), getTranslation("apply.required")).bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(role).asRequired(getTranslation("apply.required")).bind(d -> d.role, (d, v) -> d.role = v);
        var send = new Button(getTranslation("team.sendInvitation"), click -> {
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
        send.setId("send-invitation");
        getFooter().add(new Button(getTranslation("applications.cancel"), click -> close()), send);
    }

    /** What the form collects; the Binder fills it only when every field is valid. */
    private static final class Draft {
        private String email = "";
        private String name = "";
        private @Nullable Role role;
    }
}
