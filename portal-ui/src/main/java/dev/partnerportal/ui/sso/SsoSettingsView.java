package dev.partnerportal.ui.sso;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.partnerportal.partner.PartnerDirectory;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.sso.SsoSettings;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Value;

/** A partner administrator registers their organization's identity provider ("company sign-in"). */
@Route("organization/sso")
@Menu(order = 41, title = "sso.nav.organization")
@RolesAllowed(Role.Names.PARTNER_ADMIN)
public class SsoSettingsView extends Div implements HasDynamicTitle {

    SsoSettingsView(SsoSettings settings, PartnerDirectory partners, @Value("${portal.base-url}") String baseUrl) {
        addClassName("portal-page");
        setId("sso-settings");
        var mine = partners.mine();
        add(new Paragraph(getTranslation("sso.settings.intro")));
        add(new SsoSettingsEditor(settings, new OrganizationId(mine.id()), baseUrl, () -> { }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sso.settings.title");
    }
}
