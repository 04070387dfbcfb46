package dev.partnerportal.ui.escalation;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.partnerportal.escalation.EscalationSettings;
import dev.partnerportal.escalation.Escalations;
import dev.partnerportal.shared.Role;
import jakarta.annotation.security.RolesAllowed;

/** Staff: every unresolved escalation they may see, the one at most risk of breaching its target first. */
@Route("escalations/queue")
@Menu(order = 6, title = "escalation.nav.queue")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CHANNEL_MANAGER})
public class EscalationQueueView extends Div implements HasDynamicTitle {

    EscalationQueueView(Escalations escalations, EscalationSettings settings) {
        addClassName("portal-page");
        setId("escalation-queue");
        var queue = escalations.queue();
        var grid = new EscalationGrid(settings.businessHours().zone(), true);
        grid.setItems(queue);
        grid.setId("escalation-queue-grid");
        add(new Paragraph(getTranslation("escalation.queue.intro")),
                queue.isEmpty() ? new Paragraph(getTranslation("escalation.queue.none")) : grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("escalation.queue.pageTitle");
    }
}
