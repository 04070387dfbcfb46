package dev.partnerportal.ui.mail;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dev.partnerportal.mail.Outbox;
import dev.partnerportal.mail.OutboxMail;
import dev.partnerportal.shared.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * Every mail the portal sent or holds, with one-time links masked. In demo mode, without an SMTP server, an
 * administrator reveals a held invitation or reset link once, to pass it on by hand; the reveal is audited and
 * the link is then scrubbed from the stored mail.
 */
@Route("admin/outbox")
@Menu(order = 900, title = "nav.outbox")
@RolesAllowed(Role.Names.ADMIN)
public class OutboxView extends Div implements HasDynamicTitle {

    private final Outbox outbox;

    OutboxView(Outbox outbox) {
        this.outbox = outbox;
        addClassNames("portal-page", "portal-page-full");
        var grid = new Grid<OutboxMail>();
        grid.setId("outbox-grid");
        grid.addColumn(m -> LocaleFormats.dateTime(m.createdAt(), getLocale())).setHeader(getTranslation("outbox.column.created")).setAutoWidth(true);
        grid.addColumn(OutboxMail::recipient).setHeader(getTranslation("outbox.column.recipient")).setAutoWidth(true);
        grid.addColumn(OutboxMail::subject).setHeader(getTranslation("outbox.column.subject")).setFlexGrow(2);
        grid.addColumn(m -> getTranslation("outbox.status." + m.status().name()))
                .setHeader(getTranslation("outbox.column.status")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setEmptyStateText(getTranslation("outbox.empty"));
        grid.setItems(query -> outbox.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setSizeFull();
        add(new Paragraph(getTranslation("outbox.masked")), grid);
    }

    private Div details(OutboxMail mail) {
        var body = new Pre(mail.maskedBody());
        body.addClassName("portal-mail-body");
        body.setId("mail-body-" + mail.id());
        var details = new Div(body);
        if (mail.revealable()) {
            var reveal = new Button(getTranslation("outbox.reveal"));
            reveal.setId("reveal-" + mail.id());
            reveal.addThemeVariants(ButtonVariant.LUMO_SMALL);
            reveal.addClickListener(click -> {
                var revealed = outbox.revealLinks(mail.id());
                details.removeAll();
                var shown = new Pre(revealed.orElse(mail.maskedBody()));
                shown.addClassName("portal-mail-body");
                shown.setId("mail-body-" + mail.id());
                details.add(shown, new Paragraph(getTranslation(revealed.isPresent() ? "outbox.revealedOnce" : "outbox.revealGone")));
            });
            details.add(new Paragraph(getTranslation("outbox.revealHint")), reveal);
        }
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.pageTitle");
    }
}
