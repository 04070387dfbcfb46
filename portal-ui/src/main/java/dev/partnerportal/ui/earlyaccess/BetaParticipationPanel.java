package dev.partnerportal.ui.earlyaccess;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.VaadinService;
import dev.partnerportal.earlyaccess.EarlyAccess;
import dev.partnerportal.shared.OrganizationId;

/**
 * For the desk's partner page: the betas the partner applied to or takes part in. It finds the service itself
 * so that the host page needs one line to show it.
 */
public class BetaParticipationPanel extends Div {

    public BetaParticipationPanel(OrganizationId organization) {
        addClassName("earlyaccess-participation");
        setId("beta-participation");
        var earlyAccess = VaadinService.getCurrent().getInstantiator().getOrCreate(EarlyAccess.class);
        var betas = earlyAccess.participationOf(organization);
        add(new H3(getTranslation("earlyaccess.desk.heading")));
        if (betas.isEmpty()) {
            add(new Paragraph(getTranslation("earlyaccess.desk.none")));
            return;
        }
        var list = new UnorderedList();
        betas.forEach(p -> list.add(new ListItem(p.betaName() + " · " + getTranslation("earlyaccess.status." + p.status().name()))));
        add(list);
    }
}
