package dev.partnerportal.ui.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import dev.partnerportal.shared.Role;
import dev.partnerportal.staff.StaffMember;
import java.util.function.Predicate;

/** Picks another staff role for one person; closes when the view accepted the change. */
class StaffRoleDialog extends Dialog {

    StaffRoleDialog(StaffMember member, Predicate<Role> change) {
        setHeaderTitle(getTranslation("staff.changeRole.title", member.displayName()));
        var role = new Select<Role>();
        role.setId("staff-role");
        role.setLabel(getTranslation("staff.column.role"));
        role.setItems(Role.CONTENT_EDITOR, Role.CHANNEL_MANAGER, Role.ADMIN);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(member.role());
        add(role);
        var save = new Button(getTranslation("staff.changeRole.save"), click -> {
            if (change.test(role.getValue())) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("staff-save-role");
        getFooter().add(new Button(getTranslation("staff.cancel"), click -> close()), save);
    }
}
