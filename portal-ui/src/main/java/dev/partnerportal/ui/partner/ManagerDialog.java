package dev.partnerportal.ui.partner;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.staff.PartnerManagers;
import dev.partnerportal.staff.StaffMember;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Chooses an organization's partner manager with the reason that goes into the audit log. */
class ManagerDialog extends Dialog {

    /** Assigns and returns null on success, or the message to show under the reason. */
    interface Assign {
        @Nullable String assign(StaffMember manager, String reason);
    }

    ManagerDialog(OrganizationSummary organization, List<StaffMember> candidates, @Nullable String currentEmail,
                  Assign assign) {
        setHeaderTitle(getTranslation("partners.manager.title", organization.name()));
        var manager = new Select<StaffMember>();
        manager.setId("manager-person");
        manager.setLabel(getTranslation("partners.manager.person"));
        manager.setItems(LocaleFormats.sortedByName(candidates, StaffMember::displayName, getLocale()));
        manager.setItemLabelGenerator(m -> m.displayName() + " · " + getTranslation("role." + m.role().name()));
        candidates.stream().filter(m -> Objects.equals(m.email(), currentEmail)).findFirst().ifPresent(manager::setValue);
        var reason = new TextArea(getTranslation("partners.manager.reason"));
        reason.setId("manager-reason");
        reason.setMaxLength(PartnerManagers.REASON_MAX_LENGTH);
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText(getTranslation("partners.manager.reasonHelp"));
        add(new FormLayout(manager, reason));
        var binder = new Binder<Draft>();
        binder.forField(manager).asRequired(getTranslation("partners.manager.invalid")).bind(d -> d.manager, (d, v) -> d.manager = v);
        binder.forField(reason).asRequired(getTranslation("partners.manager.invalid"))
                .withValidator(text -> !text.isBlank(), getTranslation("partners.manager.invalid")).bind(d -> d.reason, (d, v) -> d.reason = v);
        var save = new Button(getTranslation("partners.manager.save"), click -> {
            var draft = new Draft();
            if (!binder.writeBeanIfValid(draft) || draft.manager == null) {
                return;
            }
            var problem = assign.assign(draft.manager, draft.reason);
            if (problem == null) {
                close();
            } else {
                reason.setErrorMessage(problem);
                reason.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("manager-save");
        getFooter().add(new Button(getTranslation("staff.cancel"), click -> close()), save);
    }

    /** What the form collects; the Binder fills it only when both fields are valid. */
    private static final class Draft {
        private @Nullable StaffMember manager;
        private String reason = "";
    }
}
