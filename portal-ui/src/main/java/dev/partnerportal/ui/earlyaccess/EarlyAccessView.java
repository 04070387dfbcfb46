package dev.partnerportal.ui.earlyaccess;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.partnerportal.earlyaccess.EarlyAccess;
import dev.partnerportal.earlyaccess.OpenBeta;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.Role;
import dev.partnerportal.ui.layout.Notices;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * The betas a partner may see, as cards: what each is, who may join, and where the organization stands. Partner
 * administrators apply for their organization.
 */
@Route("early-access")
@Menu(order = 23, title = "earlyaccess.nav.partner")
@RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.PARTNER_USER})
public class EarlyAccessView extends Div implements HasDynamicTitle {

    private final EarlyAccess earlyAccess;
    private final boolean mayApply;
    private final Div cards = new Div();

    EarlyAccessView(EarlyAccess earlyAccess, CallerContext callers) {
        this.earlyAccess = earlyAccess;
        this.mayApply = callers.require().role() == Role.PARTNER_ADMIN;
        addClassName("portal-page");
        cards.addClassName("earlyaccess-cards");
        cards.setId("beta-cards");
        add(new H2(getTranslation("earlyaccess.partner.pageTitle")), new Paragraph(getTranslation("earlyaccess.partner.intro")), cards);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        var betas = earlyAccess.forMyOrganization();
        if (betas.isEmpty()) {
            cards.add(new Paragraph(getTranslation("earlyaccess.partner.none")));
        }
        betas.forEach(beta -> cards.add(card(beta)));
    }

    private Div card(OpenBeta open) {
        var beta = open.beta();
        var card = new Div(new H3(beta.name()), new Paragraph(beta.description()),
                new Paragraph(BetaFormats.dates(beta, getLocale()) + " · " + BetaFormats.eligibility(beta, this)));
        card.addClassNames("portal-card", "earlyaccess-card");
        if (open.status() != null) {
            var badge = new Span(getTranslation("earlyaccess.status." + open.status().name()));
            badge.addClassNames("portal-badge", "earlyaccess-status-" + open.status().name().toLowerCase(Locale.ROOT));
            card.add(badge);
        } else if (!open.eligible()) {
            card.add(new Paragraph(getTranslation("earlyaccess.partner.notEligible")));
        } else if (!beta.hasRoom()) {
            card.add(new Paragraph(getTranslation("earlyaccess.partner.full")));
        } else if (mayApply) {
            var apply = new Button(getTranslation("earlyaccess.apply"), click -> {
                earlyAccess.apply(beta.id());
                Notices.success(getTranslation("earlyaccess.applied", beta.name()));
                refresh();
            });
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            apply.setId("apply-" + beta.id());
            card.add(apply);
        } else {
            card.add(new Paragraph(getTranslation("earlyaccess.partner.askAdmin")));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("earlyaccess.partner.pageTitle");
    }
}
