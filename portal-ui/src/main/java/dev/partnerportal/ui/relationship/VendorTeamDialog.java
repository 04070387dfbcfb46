package dev.partnerportal.ui.relationship;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.partnerportal.relationship.Person;
import dev.partnerportal.relationship.Team;
import dev.partnerportal.relationship.VendorContactEntry;
import dev.partnerportal.relationship.VendorFunction;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Names the vendor person (and phone) for each function; an empty choice clears the function. */
class VendorTeamDialog extends Dialog {

    /** One function's choice. */
    record Choice(@Nullable Person person, String phone) {
    }

    VendorTeamDialog(Team team, List<Person> staff, Consumer<Map<VendorFunction, Choice>> onSave) {
        setHeaderTitle(getTranslation("relationship.vendor.edit"));
        setId("vendor-team-dialog");
        var people = new EnumMap<VendorFunction, Select<Person>>(VendorFunction.class);
        var phones = new EnumMap<VendorFunction, TextField>(VendorFunction.class);
        var form = new FormLayout();
        for (var function : VendorFunction.values()) {
            var named = team.vendorContacts().stream().filter(c -> c.function() == function).map(VendorContactEntry::person).findFirst();
            var person = new Select<Person>();
            person.setLabel(getTranslation("relationship.function." + function.name()));
            person.setEmptySelectionAllowed(true);
            person.setItems(LocaleFormats.sortedByName(staff, Person::name, getLocale()));
            person.setItemLabelGenerator(p -> p == null ? "" : p.name());
            person.setId("vendor-" + function.name());
            named.flatMap(p -> staff.stream().filter(s -> s.id().equals(p.id())).findFirst()).ifPresent(person::setValue);
            var phone = new TextField(getTranslation("relationship.vendor.phone"));
            phone.setMaxLength(VendorContactEntry.PHONE_MAX_LENGTH);
            named.map(Person::phone).ifPresent(phone::setValue);
            people.put(function, person);
            phones.put(function, phone);
            form.add(person, phone);
        }
        add(form);
        var save = new Button(getTranslation("relationship.touchpoint.save"), click -> {
            var choices = new EnumMap<VendorFunction, Choice>(VendorFunction.class);
            people.forEach((function, select) -> choices.put(function, new Choice(select.getValue(), phones.get(function).getValue())));
            onSave.accept(choices);
            close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("vendor-team-save");
        getFooter().add(new Button(getTranslation("relationship.touchpoint.cancel"), click -> close()), save);
    }
}
