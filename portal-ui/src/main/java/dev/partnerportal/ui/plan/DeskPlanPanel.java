package dev.partnerportal.ui.plan;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinService;
import dev.partnerportal.plan.CommitmentStatus;
import dev.partnerportal.plan.JointPlans;
import dev.partnerportal.plan.PlanCommitments;
import dev.partnerportal.shared.OrganizationId;

/**
 * The joint plan on the desk's partner page: its version and status, how many commitments are overdue, and
 * which, with a link to the plan. It finds its services itself so that the host view adds it with one line.
 */
public class DeskPlanPanel extends Div {

    public DeskPlanPanel(OrganizationId organization) {
        addClassNames("portal-card", "portal-plan-desk");
        setId("desk-plan");
        var instantiator = VaadinService.getCurrent().getInstantiator();
        var plan = instantiator.getOrCreate(JointPlans.class).current(organization);
        add(new H3(getTranslation("plan.desk.title")));
        if (plan.isEmpty()) {
            add(new Paragraph(getTranslation("plan.desk.noPlan")), new RouterLink(getTranslation("plan.start"), PlanView.class,
                    organization.value()));
            return;
        }
        var p = plan.get();
        var overdue = p.commitments().stream().filter(c -> c.overdue()).count();
        var open = p.commitments().stream().filter(c -> c.status() != CommitmentStatus.DROPPED).count();
        add(new Paragraph(getTranslation("plan.desk.summary", p.version(), getTranslation("plan.status." + p.status().name()),
                open, overdue)));
        if (overdue > 0) {
            add(new OverdueCommitmentsPanel(instantiator.getOrCreate(PlanCommitments.class).overdue(organization), false));
        }
        add(new RouterLink(getTranslation("plan.overdue.open"), PlanView.class, organization.value()));
    }
}
