package dev.partnerportal.ui.relationship;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.partnerportal.relationship.PartnerContactEntry;
import dev.partnerportal.relationship.RelationshipTeam;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;

/** A partner administrator keeps their organization's contacts by department. */
@Route("relationship/contacts")
@RolesAllowed(Role.Names.PARTNER_ADMIN)
public class PartnerContactsView extends Div implements HasDynamicTitle {

    private final RelationshipTeam team;
    private final Grid<PartnerContactEntry> grid = new Grid<>();
    private final OrganizationId organization;

    PartnerContactsView(RelationshipTeam team) {
        this.team = team;
        this.organization = team.myTeam().organization();
        addClassName("portal-page");
        setId("partner-contacts");
        grid.setId("contacts-grid");
        grid.addColumn(c -> getTranslation("relationship.department." + c.department().name())).setHeader(getTranslation("relationship.contact.department"));
        grid.addColumn(PartnerContactEntry::name).setHeader(getTranslation("relationship.contact.name")).setFlexGrow(2);
        grid.addColumn(c -> Objects.toString(c.title(), "")).setHeader(getTranslation("relationship.contact.title"));
        grid.addColumn(c -> Objects.toString(c.email(), "")).setHeader(getTranslation("relationship.contact.email")).setFlexGrow(2);
        grid.addColumn(c -> Objects.toString(c.phone(), "")).setHeader(getTranslation("relationship.contact.phone"));
        grid.addComponentColumn(contact -> {
            var edit = new Button(getTranslation("relationship.contact.edit"), click -> new ContactDialog(contact,
                    team.linkableAccounts(organization), form -> {
                        team.changePartnerContact(contact.id(), form);
                        refresh();
                    }).open());
            var remove = new Button(getTranslation("relationship.contact.remove"), click -> {
                team.removePartnerContact(contact.id());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return new Div(edit, remove);
        });
        grid.setEmptyStateText(getTranslation("relationship.contacts.none"));
        var add = new Button(getTranslation("relationship.contact.add"), click -> new ContactDialog(null,
                team.linkableAccounts(organization), form -> {
                    team.addPartnerContact(organization, form);
                    refresh();
                }).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-contact");
        add(new H2(getTranslation("relationship.contacts.pageTitle")), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(team.myTeam().partnerContacts());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("relationship.contacts.pageTitle");
    }
}
