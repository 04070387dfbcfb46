package dev.partnerportal.ui.sso;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.sso.SsoRegistrations;
import dev.partnerportal.sso.SsoProviderSettings;
import dev.partnerportal.sso.SsoSettings;
import dev.partnerportal.ui.layout.Notices;
import org.jspecify.annotations.Nullable;

/** One organization's provider settings with save and remove; used by the partner's page and the administrators'. */
class SsoSettingsEditor extends Div {

    private final SsoSettings settings;
    private final OrganizationId organization;
    private final SsoProviderForm form;
    private final Paragraph status = new Paragraph();
    private final Button remove = new Button();
    private final Runnable changed;

    SsoSettingsEditor(SsoSettings settings, OrganizationId organization, String baseUrl, Runnable changed) {
        this.settings = settings;
        this.organization = organization;
        this.changed = changed;
        this.form = new SsoProviderForm(baseUrl + "/login/oauth2/code/" + SsoRegistrations.PARTNER_PREFIX
                + organization.value());
        status.setId("sso-status");
        var save = new Button(getTranslation("sso.form.save"), click -> save());
        save.setId("sso-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        remove.setText(getTranslation("sso.form.remove"));
        remove.setId("sso-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(click -> remove());
        add(status, form, new HorizontalLayout(save, remove));
        show(settings.settings(organization).orElse(null));
    }

    private void show(@Nullable SsoProviderSettings current) {
        form.show(current);
        remove.setVisible(current != null);
        status.setText(current == null ? getTranslation("sso.status.none")
                : getTranslation(current.enforced() ? "sso.status.enforced" : "sso.status.optional"));
    }

    private void save() {
        form.read().ifPresent(change -> {
            try {
                show(settings.save(organization, change));
                Notices.success(getTranslation("sso.saved"));
                changed.run();
            } catch (RuleViolation refused) {
                Notices.refused(refused);
            }
        });
    }

    private void remove() {
        try {
            settings.remove(organization);
            show(null);
            Notices.success(getTranslation("sso.removed"));
            changed.run();
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }
}
