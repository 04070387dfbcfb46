package dev.partnerportal.ui.relationship;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import dev.partnerportal.relationship.Team;
import dev.partnerportal.ui.layout.StaticHtml;

/**
 * "Your team" on a partner's home: the vendor people who look after the organization with how to reach them,
 * who to call when something breaks (in order), and the partner's own contacts. Partner administrators get a
 * link to keep their side. Everything but that link is read-only and shown as one element
 * ({@link StaticHtml}): the panel is on every partner's home for as long as the tab is open.
 */
public class YourTeamPanel extends Div {

    public YourTeamPanel(Team team, boolean mayManageContacts) {
        addClassNames("portal-card", "relationship-team");
        setId("your-team");
        var content = StaticHtml.contents();
        content.appendElement("h3").text(getTranslation("relationship.yourTeam"));
        content.appendElement("p").text(getTranslation("relationship.yourTeam.intro"));
        content.appendElement("h4").text(getTranslation("relationship.vendorSide"));
        content.appendChild(TeamCards.vendorSideMarkup(this, team));
        content.appendChild(TeamCards.escalationPathMarkup(this, team));
        content.appendElement("h4").text(getTranslation("relationship.partnerSide"));
        content.appendChild(TeamCards.partnerSideMarkup(this, team));
        add(StaticHtml.of(content));
        if (mayManageContacts) {
            var manage = new RouterLink(getTranslation("relationship.contacts.manage"), PartnerContactsView.class);
            manage.setId("manage-contacts");
            add(manage);
        }
    }
}
