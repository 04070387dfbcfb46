package dev.partnerportal.ui.relationship;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import dev.partnerportal.relationship.Department;
import dev.partnerportal.relationship.PartnerContactEntry;
import dev.partnerportal.relationship.PartnerContactForm;
import dev.partnerportal.relationship.Person;
import dev.partnerportal.shared.UserId;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Adds or edits one partner contact; hands the valid form to {@code onSave} and never calls a service. */
class ContactDialog extends Dialog {

    ContactDialog(@Nullable PartnerContactEntry existing, List<Person> accounts, Consumer<PartnerContactForm> onSave) {
        setHeaderTitle(getTranslation(existing == null ? "relationship.contact.add" : "relationship.contact.edit"));
        setId("contact-dialog");
        var department = new Select<Department>();
        department.setLabel(getTranslation("relationship.contact.department"));
        department.setItems(Department.values());
        department.setItemLabelGenerator(d -> getTranslation("relationship.department." + d.name()));
        var name = new TextField(getTranslation("relationship.contact.name"));
        name.setMaxLength(PartnerContactForm.NAME_MAX_LENGTH);
        name.setId("contact-name");
        var title = new TextField(getTranslation("relationship.contact.title"));
        title.setMaxLength(PartnerContactForm.TITLE_MAX_LENGTH);
        var email = new EmailField(getTranslation("relationship.contact.email"));
        email.setMaxLength(PartnerContactForm.EMAIL_MAX_LENGTH);
        var phone = new TextField(getTranslation("relationship.contact.phone"));
        phone.setMaxLength(PartnerContactForm.PHONE_MAX_LENGTH);
        var account = new Select<Person>();
        account.setLabel(getTranslation("relationship.contact.account"));
        account.setEmptySelectionAllowed(true);
        account.setItems(LocaleFormats.sortedByName(accounts, Person::name, getLocale()));
        account.setItemLabelGenerator(p -> p == null ? "" : p.name() + " · " + p.email());

        var binder = new Binder<Draft>();
        binder.forField(department).asRequired(getTranslation("relationship.required")).bind(d -> d.department, (d, v) -> d.department = v);
        binder.forField(name).asRequired(getTranslation("relationship.required"))
                .withValidator(text -> !text.isBlank(), getTranslation("relationship.required"))
                .bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(title).bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(email).withValidator(new EmailValidator(getTranslation("error.relationship.invalid-email"), true))
                .bind(d -> d.email, (d, v) -> d.email = v);
        binder.forField(phone).bind(d -> d.phone, (d, v) -> d.phone = v);
        binder.forField(account).bind(d -> d.account, (d, v) -> d.account = v);
        var draft = new Draft();
        if (existing != null) {
            draft.department = existing.department();
            draft.name = existing.name();
            draft.title = Objects.toString(existing.title(), "");
            draft.email = Objects.toString(existing.email(), "");
            draft.phone = Objects.toString(existing.phone(), "");
            draft.account = accounts.stream().filter(p -> p.id().equals(existing.account())).findFirst().orElse(null);
        }
        binder.readBean(draft);
        add(new FormLayout(department, name, title, email, phone, account));

        var save = new Button(getTranslation("relationship.touchpoint.save"), click -> {
            if (!binder.writeBeanIfValid(draft) || draft.department == null) {
                return;
            }
            UserId linked = draft.account == null ? null : draft.account.id();
            onSave.accept(new PartnerContactForm(draft.department, draft.name, draft.title, draft.email, draft.phone, linked));
            close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("contact-save");
        getFooter().add(new Button(getTranslation("relationship.touchpoint.cancel"), click -> close()), save);
    }

    /** What the form collects; the Binder fills it only when every field is valid. */
    private static final class Draft {
        private @Nullable Department department;
        private String name = "";
        private String title = "";
        private String email = "";
        private String phone = "";
        private @Nullable Person account;
    }
}
