package dev.partnerportal.ui.sso;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import dev.partnerportal.sso.SsoProviderChange;
import dev.partnerportal.sso.SsoProviderSettings;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An organization's provider: issuer, client id, client secret (never shown back: left blank it stays as stored),
 * e-mail domains, the administrator group and whether single sign-on is enforced. The view saves what
 * {@link #read()} returns.
 */
class SsoProviderForm extends FormLayout {

    private static final class Draft {
        String issuer = "";
        String clientId = "";
        String clientSecret = "";
        String domains = "";
        String adminGroup = "";
        boolean enforced;
    }

    final TextField issuer = new TextField();
    final TextField clientId = new TextField();
    final PasswordField clientSecret = new PasswordField();
    final TextArea domains = new TextArea();
    final TextField adminGroup = new TextField();
    final Checkbox enforced = new Checkbox();
    private final Binder<Draft> binder = new Binder<>();
    private boolean secretStored;

    SsoProviderForm(String redirectAddress) {
        setId("sso-form");
        issuer.setLabel(getTranslation("sso.form.issuer"));
        issuer.setHelperText(getTranslation("sso.form.issuer.help"));
        issuer.setMaxLength(SsoProviderChange.ISSUER_MAX_LENGTH);
        issuer.setId("sso-issuer");
        clientId.setLabel(getTranslation("sso.form.clientId"));
        clientId.setMaxLength(SsoProviderChange.CLIENT_ID_MAX_LENGTH);
        clientId.setId("sso-client-id");
        clientSecret.setLabel(getTranslation("sso.form.clientSecret"));
        clientSecret.setMaxLength(SsoProviderChange.CLIENT_SECRET_MAX_LENGTH);
        clientSecret.setRevealButtonVisible(false);
        clientSecret.setId("sso-client-secret");
        domains.setLabel(getTranslation("sso.form.domains"));
        domains.setHelperText(getTranslation("sso.form.domains.help", SsoProviderChange.MAX_DOMAINS));
        domains.setId("sso-domains");
        adminGroup.setLabel(getTranslation("sso.form.adminGroup"));
        adminGroup.setHelperText(getTranslation("sso.form.adminGroup.help"));
        adminGroup.setMaxLength(SsoProviderChange.ADMIN_GROUP_MAX_LENGTH);
        adminGroup.setId("sso-admin-group");
        enforced.setLabel(getTranslation("sso.form.enforced"));
        enforced.setId("sso-enforced");
        var redirect = new Paragraph(getTranslation("sso.form.redirect", redirectAddress));
        redirect.setId("sso-redirect");
        redirect.addClassName("portal-sso-redirect");

        binder.forField(issuer).withValidator(v -> !v.isBlank(), getTranslation("sso.form.required"))
                .bind(d -> d.issuer, (d, v) -> d.issuer = v);
        binder.forField(clientId).withValidator(v -> !v.isBlank(), getTranslation("sso.form.required"))
                .bind(d -> d.clientId, (d, v) -> d.clientId = v);
        binder.forField(clientSecret).withValidator(v -> secretStored || !v.isBlank(), getTranslation("sso.form.required"))
                .bind(d -> d.clientSecret, (d, v) -> d.clientSecret = v);
        binder.forField(domains).withValidator(v -> !v.isBlank(), getTranslation("sso.form.required"))
                .bind(d -> d.domains, (d, v) -> d.domains = v);
        binder.forField(adminGroup).bind(d -> d.adminGroup, (d, v) -> d.adminGroup = v);
        binder.forField(enforced).bind(d -> d.enforced, (d, v) -> d.enforced = v);

        add(issuer, clientId, clientSecret, domains, adminGroup, enforced, redirect);
        setColspan(domains, 2);
        setColspan(redirect, 2);
    }

    /** Shows the stored settings, or an empty form; the secret field stays empty either way. */
    void show(@Nullable SsoProviderSettings settings) {
        var draft = new Draft();
        secretStored = settings != null && settings.secretStored();
        if (settings != null) {
            draft.issuer = settings.issuer();
            draft.clientId = settings.clientId();
            draft.domains = String.join("\n", settings.domains());
            draft.adminGroup = settings.adminGroup() == null ? "" : settings.adminGroup();
            draft.enforced = settings.enforced();
        }
        binder.readBean(draft);
        clientSecret.setPlaceholder(secretStored ? getTranslation("sso.form.clientSecret.kept") : "");
    }

    /** The change to save, or empty when a field is invalid (the field says why). */
    Optional<SsoProviderChange> read() {
        var draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            return Optional.empty();
        }
        var list = Arrays.stream(draft.domains.split("[\\s,;]+")).filter(d -> !d.isBlank()).toList();
        return Optional.of(new SsoProviderChange(draft.issuer, draft.clientId, draft.clientSecret, list,
                draft.adminGroup, draft.enforced));
    }
}
