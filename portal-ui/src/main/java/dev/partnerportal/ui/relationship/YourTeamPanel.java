package dev.partnerportal.ui.relationship;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import dev.partnerportal.relationship.Team;

/**
 * "Your team" on a partner's home: the vendor people who look after the organization with how to reach them,
 * who to call when something breaks (in order), and the partner's own contacts. Partner administrators get a
 * link to keep their side.
 */
public class YourTeamPanel extends Div {

    public YourTeamPanel(Team team, boolean mayManageContacts) {
        addClassNames("portal-card", "relationship-team");
        setId("your-team");
        add(new H3(getTranslation("relationship.yourTeam")), new Paragraph(getTranslation("relationship.yourTeam.intro")),
                new H4(getTranslation("relationship.vendorSide")), TeamCards.vendorSide(this, team),
                TeamCards.escalationPath(this, team),
                new H4(getTranslation("relationship.partnerSide")), TeamCards.partnerSide(this, team));
        if (mayManageContacts) {
            var manage = new RouterLink(getTranslation("relationship.contacts.manage"), PartnerContactsView.class);
            manage.setId("manage-contacts");
            add(manage);
        }
    }
}
