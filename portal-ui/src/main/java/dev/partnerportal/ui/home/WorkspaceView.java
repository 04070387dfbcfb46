package dev.partnerportal.ui.home;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import dev.partnerportal.identity.AccountService;
import dev.partnerportal.shared.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The vendor staff's start page. It lists the areas the caller's role can open, taken from the same menu
 * registry as the navigation, so it never offers a door the router would refuse.
 */
@Route("workspace")
@Menu(order = 0, title = "nav.workspace")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CONTENT_EDITOR, Role.Names.CHANNEL_MANAGER})
public class WorkspaceView extends Div implements HasDynamicTitle {

    WorkspaceView(AccountService accounts) {
        addClassName("portal-page");
        setId("workspace");
        var profile = accounts.myProfile();
        var areas = new UnorderedList();
        areas.addClassName("portal-areas");
        MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> !entry.title().equals("nav.workspace"))
                .forEach(entry -> {
                    var link = new Anchor(entry.path(), getTranslation(entry.title()));
                    var description = getTranslation(entry.title().replace("nav.", "workspace.area."));
                    areas.add(new ListItem(link, new Paragraph(description)));
                });
        add(new H2(getTranslation("workspace.welcome", profile.displayName())),
                new Paragraph(getTranslation("workspace.intro", getTranslation("role." + profile.role().name()))),
                areas);
        add(new dev.partnerportal.ui.plan.OverdueCommitmentsPanel());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.pageTitle");
    }
}
