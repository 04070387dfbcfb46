package dev.partnerportal.ui.identity;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import dev.partnerportal.identity.PasswordPolicy;

/** Current password and the new one twice; fires {@link ChangeEvent} when the new one is acceptable and repeated. */
class ChangePasswordForm extends VerticalLayout {

    final PasswordField current = new PasswordField();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    private final Binder<Choice> binder = new Binder<>();
    final Button change = new Button();

    static class ChangeEvent extends ComponentEvent<ChangePasswordForm> {
        private final String current;
        private final String password;

        ChangeEvent(ChangePasswordForm source, String current, String password) {
            super(source, false);
            this.current = current;
            this.password = password;
        }

        String current() {
            return current;
        }

        String password() {
            return password;
        }
    }

    ChangePasswordForm() {
        setPadding(false);
        setId("change-password");
        current.setLabel(getTranslation("account.password.current"));
        current.setMaxLength(PasswordPolicy.MAX_LENGTH);
        current.setId("current-password");
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
        change.setText(getTranslation("account.password.change"));
        change.setId("change-password-button");
        change.addClickListener(click -> submit());
        add(new H2(getTranslation("account.password.heading")), current, password, repeat, change);
    }

    /** Shows that the current password was not right. */
    void wrongCurrentPassword() {
        current.setErrorMessage(getTranslation("account.password.wrong"));
        current.setInvalid(true);
    }

    void clear() {
        current.clear();
        password.clear();
        repeat.clear();
    }

    private void submit() {
        current.setInvalid(false);
        var choice = new Choice();
        if (binder.writeBeanIfValid(choice)) {
            fireEvent(new ChangeEvent(this, current.getValue(), choice.password));
        }
    }

    /** The new password, once the Binder found it acceptable and repeated. */
    private static final class Choice {
        private String password = "";
        private String repeat = "";
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }
}
