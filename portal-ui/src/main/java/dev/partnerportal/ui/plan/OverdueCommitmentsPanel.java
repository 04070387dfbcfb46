package dev.partnerportal.ui.plan;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinService;
import dev.partnerportal.plan.OverdueCommitment;
import dev.partnerportal.plan.PlanCommitments;
import dev.partnerportal.shared.Role;
import dev.partnerportal.ui.layout.StaticHtml;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;

/**
 * Overdue commitments for the signed-in person's home: a partner sees their organization's (both sides'), a
 * channel manager their partners', an administrator everyone's. It finds its service itself so that a host view
 * adds it with one line. The list is read-only markup ({@link StaticHtml}): one element however many are overdue.
 */
public class OverdueCommitmentsPanel extends Div {

    /** For a home page: the caller's overdue commitments, each linking to its plan. */
    public OverdueCommitmentsPanel() {
        this(VaadinService.getCurrent().getInstantiator().getOrCreate(PlanCommitments.class).overdueForHome(), true);
        // Content editors share the staff workspace but hold no partner relationships.
        setVisible(!VaadinService.getCurrent().getInstantiator().getOrCreate(AuthenticationContext.class)
                .hasRole(Role.Names.CONTENT_EDITOR));
    }

    OverdueCommitmentsPanel(List<OverdueCommitment> overdue, boolean withOrganization) {
        addClassNames("portal-card", "portal-plan-overdue-card");
        setId("overdue-commitments");
        add(new H3(getTranslation("plan.overdue.title")));
        if (overdue.isEmpty()) {
            add(new Paragraph(getTranslation("plan.overdue.none")));
            return;
        }
        var routes = RouteConfiguration.forApplicationScope();
        var list = StaticHtml.element("ul");
        for (var item : overdue) {
            var c = item.commitment();
            var text = getTranslation("plan.overdue.line", getTranslation("plan.side." + c.side().name()), c.description(),
                    c.dueWeek(), LocaleFormats.date(c.dueBy(), getLocale()));
            StaticHtml.appLink(list.appendElement("li").addClass("portal-plan-overdue-item"),
                    routes.getUrl(PlanView.class, item.organization().value()),
                    withOrganization ? item.organizationName() + " · " + text : text);
        }
        add(StaticHtml.of(list));
    }
}
