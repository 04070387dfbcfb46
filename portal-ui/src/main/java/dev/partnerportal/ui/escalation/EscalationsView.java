package dev.partnerportal.ui.escalation;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.partnerportal.escalation.EscalationSettings;
import dev.partnerportal.escalation.Escalations;
import dev.partnerportal.escalation.ResponseTarget;
import dev.partnerportal.partner.PartnerDirectory;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.ui.layout.Notices;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/** A partner's escalations: what we promise, the organization's escalations, and the form to raise one. */
@Route("escalations")
@Menu(order = 14, title = "escalation.nav.partner")
@RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.PARTNER_USER})
public class EscalationsView extends Div implements HasDynamicTitle {

    EscalationsView(Escalations escalations, EscalationSettings settings, PartnerDirectory directory) {
        addClassName("portal-page");
        setId("escalations");
        OrganizationId organization = directory.mine().organizationId();
        var zone = settings.businessHours().zone();
        var promises = new Paragraph(settings.targets().stream().map(this::promise).collect(Collectors.joining(" · ")));
        promises.addClassName("portal-hint");
        promises.setId("escalation-targets");
        var list = escalations.ofOrganization(organization).orElseThrow();
        var grid = new EscalationGrid(zone, false);
        grid.setItems(list);
        grid.setId("escalation-list");
        var form = new RaiseEscalationForm();
        form.addRaiseListener(event -> {
            try {
                var id = escalations.raise(organization, event.escalation(), event.file());
                Notices.success(getTranslation("escalation.raised"));
                getUI().ifPresent(ui -> ui.navigate(EscalationDetailView.class, id.value()));
            } catch (RuleViolation refused) {
                Notices.refused(refused);
            }
        });
        add(new Paragraph(getTranslation("escalation.intro")), promises);
        add(list.isEmpty() ? new Paragraph(getTranslation("escalation.none")) : grid);
        add(new H3(getTranslation("escalation.raise")), form);
    }

    private String promise(ResponseTarget target) {
        return getTranslation("escalation.severity." + target.severity().name()) + ": "
                + getTranslation("escalation.detail.response") + " " + target.respondHours() + "h, "
                + getTranslation("escalation.detail.resolution") + " " + target.resolveHours() + "h";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("escalation.pageTitle");
    }
}
