package dev.partnerportal.ui.sso;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerDirectory;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.sso.SsoProviderSettings;
import dev.partnerportal.sso.SsoSettings;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Administrators: every organization's provider at a glance, and the settings of any one of them. */
@Route("admin/sso")
@Menu(order = 907, title = "sso.nav.admin")
@RolesAllowed(Role.Names.ADMIN)
public class SsoAdminView extends Div implements HasDynamicTitle {

    private final SsoSettings settings;
    private final String baseUrl;
    private final Grid<SsoProviderSettings> grid = new Grid<>();
    private final Div editor = new Div();
    private final Map<Long, String> names;

    SsoAdminView(SsoSettings settings, PartnerDirectory partners, @Value("${portal.base-url}") String baseUrl) {
        this.settings = settings;
        this.baseUrl = baseUrl;
        addClassName("portal-page");
        setId("sso-admin");
        var organizations = partners.list(PageRequest.of(0, 1000, Sort.by("name"))).getContent();
        names = organizations.stream().collect(Collectors.toMap(OrganizationSummary::id, OrganizationSummary::name));

        grid.setId("sso-providers");
        grid.addColumn(p -> names.getOrDefault(p.organization().value(), "")).setHeader(getTranslation("sso.admin.organization"));
        grid.addColumn(SsoProviderSettings::issuer).setHeader(getTranslation("sso.form.issuer"));
        grid.addColumn(p -> String.join(", ", p.domains())).setHeader(getTranslation("sso.form.domains"));
        grid.addColumn(p -> getTranslation(p.enforced() ? "sso.status.enforced.short" : "sso.status.optional.short"))
                .setHeader(getTranslation("sso.admin.password"));
        grid.setAllRowsVisible(true);

        var chooser = new ComboBox<OrganizationSummary>(getTranslation("sso.admin.choose"));
        chooser.setId("sso-organization");
        chooser.setItems(organizations);
        chooser.setItemLabelGenerator(OrganizationSummary::name);
        chooser.addValueChangeListener(change -> edit(change.getValue()));
        grid.addItemClickListener(click -> chooser.setValue(organizations.stream()
                .filter(o -> o.id() == click.getItem().organization().value()).findFirst().orElse(null)));

        add(new H3(getTranslation("sso.admin.registered")), grid, chooser, editor);
        refresh();
    }

    private void edit(OrganizationSummary organization) {
        editor.removeAll();
        if (organization != null) {
            editor.add(new SsoSettingsEditor(settings, new OrganizationId(organization.id()), baseUrl, this::refresh));
        }
    }

    private void refresh() {
        grid.setItems(settings.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sso.admin.title");
    }
}
