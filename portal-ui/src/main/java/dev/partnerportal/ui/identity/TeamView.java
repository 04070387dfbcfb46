package dev.partnerportal.ui.identity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.partnerportal.identity.Team;
import dev.partnerportal.identity.TeamMember;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.ui.layout.Notices;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/** A partner administrator's own people: invite colleagues, switch roles, deactivate. */
@Route("team")
@Menu(order = 30, title = "nav.team")
@RolesAllowed(Role.Names.PARTNER_ADMIN)
public class TeamView extends Div implements HasDynamicTitle {

    private final Team team;
    private final Grid<TeamMember> grid = new Grid<>();

    TeamView(Team team) {
        this.team = team;
        addClassNames("portal-page", "portal-page-full");
        var invite = new Button(getTranslation("team.invite"), VaadinIcon.PLUS.create(), click -> openInviteDialog());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.setId("invite-colleague");
        grid.setId("team-grid");
        grid.addColumn(TeamMember::displayName).setHeader(getTranslation("team.column.name")).setFlexGrow(2);
        grid.addColumn(TeamMember::email).setHeader(getTranslation("team.column.email")).setFlexGrow(2);
        grid.addColumn(m -> getTranslation("role." + m.role().name())).setHeader(getTranslation("team.column.role"));
        grid.addComponentColumn(m -> {
            var status = new Span(getTranslation("team.status." + m.status().name()));
            status.addClassNames("portal-badge", "portal-status-" + m.status().name().toLowerCase(Locale.ROOT));
            return status;
        }).setHeader(getTranslation("team.column.status"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("team.column.actions")).setAutoWidth(true);
        grid.setSizeFull();
        refresh();
        add(new HorizontalLayout(invite), grid);
    }

    private HorizontalLayout actions(TeamMember member) {
        var actions = new HorizontalLayout();
        if (member.status() == TeamMember.Status.DEACTIVATED) {
            return actions;
        }
        var otherRole = member.role() == Role.PARTNER_ADMIN ? Role.PARTNER_USER : Role.PARTNER_ADMIN;
        var switchRole = new Button(getTranslation("team.makeRole", getTranslation("role." + otherRole.name())), click -> {
            // Changing one's own role is refused by Team; UiErrorHandling shows that refusal.
            team.changeRole(member.id(), otherRole);
            refresh();
        });
        switchRole.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var deactivate = new Button(getTranslation("team.deactivate"), click -> {
            var confirm = new ConfirmDialog(getTranslation("team.deactivate.title", member.displayName()),
                    getTranslation("team.deactivate.text"), getTranslation("team.deactivate"), confirmed -> {
                team.deactivate(member.id());
                refresh();
            });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("applications.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        deactivate.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        actions.add(switchRole, deactivate);
        return actions;
    }

    private void openInviteDialog() {
        new InviteDialog((email, name, role, language) -> {
            try {
                team.invite(email, name, role, language);
                refresh();
                Notices.success(getTranslation("team.invited", email));
                return null;
            } catch (RuleViolation refused) {
                return Notices.message(refused);
            }
        }).open();
    }

    private void refresh() {
        grid.setItems(team.members());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.pageTitle");
    }
}
