package dev.partnerportal.ui.admin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dev.partnerportal.mail.MailMessage;
import dev.partnerportal.mail.Outbox;
import dev.partnerportal.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Every mail the portal sent or holds. In demo mode, without an SMTP server, this is where invitation and
 * password-reset links can be read.
 */
@Route("admin/outbox")
@Menu(order = 900, title = "nav.outbox")
@RolesAllowed(Role.Names.ADMIN)
public class OutboxView extends Div implements HasDynamicTitle {

    OutboxView(Outbox outbox) {
        addClassNames("portal-page", "portal-page-full");
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        var grid = new Grid<MailMessage>();
        grid.setId("outbox-grid");
        grid.addColumn(m -> when.format(m.getCreatedAt())).setHeader(getTranslation("outbox.column.created")).setAutoWidth(true);
        grid.addColumn(MailMessage::getRecipient).setHeader(getTranslation("outbox.column.recipient")).setAutoWidth(true);
        grid.addColumn(MailMessage::getSubject).setHeader(getTranslation("outbox.column.subject")).setFlexGrow(2);
        grid.addColumn(m -> getTranslation("outbox.status." + m.getStatus().name()))
                .setHeader(getTranslation("outbox.column.status")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(m -> {
            var body = new Pre(m.getBody());
            body.addClassName("portal-mail-body");
            return body;
        }));
        grid.setEmptyStateText(getTranslation("outbox.empty"));
        grid.setItems(query -> outbox.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.pageTitle");
    }
}
