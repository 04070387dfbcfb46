package dev.partnerportal.ui.identity;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import dev.partnerportal.identity.PasswordPolicy;

/** Choose a password twice; fires {@link ChosenEvent} only when both match and the length is acceptable. */
class NewPasswordForm extends VerticalLayout {

    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    private final Binder<Choice> binder = new Binder<>();

    static class ChosenEvent extends ComponentEvent<NewPasswordForm> {
        private final String password;

        ChosenEvent(NewPasswordForm source, String password) {
            super(source, false);
            this.password = password;
        }

        String password() {
            return password;
        }
    }

    NewPasswordForm(String submitLabel) {
        setPadding(false);
        password.setLabel(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setId("new-password");
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeat.setId("repeat-password");
        binder.forField(password)
                .withValidator(PasswordPolicy::acceptableLength, getTranslation("password.tooShort", PasswordPolicy.MIN_LENGTH))
                .bind(c -> c.password, (c, v) -> c.password = v);
        binder.forField(repeat).withValidator(value -> value.equals(password.getValue()), getTranslation("password.mismatch"))
                .bind(c -> c.repeat, (c, v) -> c.repeat = v);
        var submit = new Button(submitLabel, click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("choose-password");
        add(password, repeat, submit);
    }

    private void submit() {
        var choice = new Choice();
        if (binder.writeBeanIfValid(choice)) {
            fireEvent(new ChosenEvent(this, choice.password));
        }
    }

    /** The new password, once the Binder found it acceptable and repeated. */
    private static final class Choice {
        private String password = "";
        private String repeat = "";
    }

    Registration addChosenListener(ComponentEventListener<ChosenEvent> listener) {
        return addListener(ChosenEvent.class, listener);
    }
}
