package dev.partnerportal.ui.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dev.partnerportal.partner.ManagerVisibility;
import dev.partnerportal.partner.PartnerVisibility;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.staff.StaffDirectory;
import dev.partnerportal.staff.StaffMember;
import dev.partnerportal.ui.layout.Notices;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The vendor's staff for administrators: invite, change roles, deactivate and reactivate; and whether channel
 * managers see every partner or only their own.
 */
@Route("admin/staff")
@Menu(order = 890, title = "nav.staff")
@RolesAllowed(Role.Names.ADMIN)
public class StaffView extends Div implements HasDynamicTitle {

    private final StaffDirectory staff;
    private final Grid<StaffMember> grid = new Grid<>();

    StaffView(StaffDirectory staff, PartnerVisibility visibility) {
        this.staff = staff;
        addClassNames("portal-page", "portal-page-full");
        var invite = new Button(getTranslation("staff.invite"), VaadinIcon.PLUS.create(), click -> openInviteDialog());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.setId("invite-staff");
        var visibilitySelect = new Select<ManagerVisibility>();
        visibilitySelect.setId("manager-visibility");
        visibilitySelect.setLabel(getTranslation("staff.visibility"));
        visibilitySelect.setItems(ManagerVisibility.values());
        visibilitySelect.setItemLabelGenerator(v -> getTranslation("staff.visibility." + v.name()));
        visibilitySelect.setValue(visibility.current());
        visibilitySelect.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                visibility.change(event.getValue());
                Notices.success(getTranslation("staff.visibility.changed"));
            }
        });
        grid.setId("staff-grid");
        grid.addColumn(StaffMember::displayName).setHeader(getTranslation("staff.column.name"))
                .setSortProperty("displayName").setFlexGrow(2);
        grid.addColumn(StaffMember::email).setHeader(getTranslation("staff.column.email")).setSortProperty("email").setFlexGrow(2);
        grid.addColumn(m -> getTranslation("role." + m.role().name())).setHeader(getTranslation("staff.column.role"))
                .setSortProperty("role");
        grid.addComponentColumn(m -> {
            var status = new Span(getTranslation("staff.status." + m.status().name()));
            status.addClassNames("portal-badge", "portal-status-" + m.status().name().toLowerCase(Locale.ROOT));
            return status;
        }).setHeader(getTranslation("staff.column.status"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("staff.column.actions")).setAutoWidth(true);
        grid.setItems(query -> staff.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setSizeFull();
        var bar = new HorizontalLayout(invite, visibilitySelect);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(bar, grid);
    }

    private HorizontalLayout actions(StaffMember member) {
        var changeRole = new Button(getTranslation("staff.changeRole"),
                click -> new StaffRoleDialog(member, role -> apply(member, role, null)).open());
        changeRole.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var toggle = switch (member.status()) {
            case ACTIVE -> confirmButton("staff.deactivate", member, false);
            case INVITED -> confirmButton("staff.withdraw", member, false);
            default -> confirmButton("staff.reactivate", member, true);
        };
        return new HorizontalLayout(changeRole, toggle);
    }

    private Button confirmButton(String key, StaffMember member, boolean active) {
        var button = new Button(getTranslation(key), click -> {
            var confirm = new ConfirmDialog(getTranslation(key + ".title", member.displayName()),
                    getTranslation(key + ".text"), getTranslation(key), confirmed -> apply(member, null, active));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("staff.cancel"));
            confirm.setConfirmButtonTheme(active ? "primary" : "error primary");
            confirm.open();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        if (!active) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return button;
    }

    /** Applies a change; returns false (after telling the person why) when it was refused. */
    boolean apply(StaffMember member, @Nullable Role role, @Nullable Boolean active) {
        try {
            staff.change(member.id(), role, active);
            grid.getDataProvider().refreshAll();
            return true;
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
        return false;
    }

    private void openInviteDialog() {
        new StaffInviteDialog((email, name, role, language) -> {
            try {
                staff.invite(email, name, role, language);
                grid.getDataProvider().refreshAll();
                Notices.success(getTranslation("staff.invited", email));
                return null;
            } catch (RuleViolation refused) {
                return Notices.message(refused);
            }
        }).open();
    }


    @Override
    public String getPageTitle() {
        return getTranslation("staff.pageTitle");
    }
}
