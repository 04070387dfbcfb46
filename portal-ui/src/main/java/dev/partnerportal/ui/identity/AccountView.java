package dev.partnerportal.ui.identity;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import dev.partnerportal.identity.AccountService;
import dev.partnerportal.identity.PortalPrincipal;
import dev.partnerportal.identity.SignInBusyException;
import dev.partnerportal.sso.SsoSignIn;
import dev.partnerportal.ui.layout.Notices;
import dev.partnerportal.ui.sso.SsoLinkPanel;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import dev.partnerportal.ui.i18n.SupportedLanguages;
import dev.partnerportal.ui.i18n.UiLocales;
import dev.partnerportal.ui.layout.Facts;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;

/** A person's own profile, the language the portal speaks to them in, and their password. */
@Route("account")
@Menu(order = 100, title = "nav.account")
@PermitAll
public class AccountView extends Div implements HasDynamicTitle {

    /** "Same as my browser" in the language list. */
    private static final Optional<Locale> BROWSER = Optional.empty();

    private final Select<Optional<Locale>> language = new Select<>();
    private final Button save = new Button();

    AccountView(AccountService accounts, UiLocales locales, SsoSignIn ssoSignIn) {
        addClassName("portal-page");
        setId("account");
        var profile = accounts.myProfile();

        var choices = new ArrayList<Optional<Locale>>();
        choices.add(BROWSER);
        SupportedLanguages.LOCALES.forEach(locale -> choices.add(Optional.of(locale)));
        language.setId("language");
        language.setLabel(getTranslation("account.language"));
        language.setHelperText(getTranslation("account.language.helper"));
        language.setItems(choices);
        language.setItemLabelGenerator(choice -> choice
                .map(locale -> getTranslation("language." + locale.getLanguage()))
                .orElseGet(() -> getTranslation("account.language.browser")));
        language.setValue(Optional.ofNullable(profile.preferredLocale())
                .filter(SupportedLanguages::isOffered)
                .map(SupportedLanguages::bestMatch));

        save.setText(getTranslation("account.save"));
        save.setId("save-preferences");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            var chosen = language.getValue().orElse(null);
            accounts.changePreferredLocale(chosen);
            var ui = UI.getCurrent();
            locales.choose(ui, chosen);
            Notices.success(getTranslation("account.saved"));
        });

        add(Facts.of(
                        Facts.fact(getTranslation("account.displayName"), new Span(profile.displayName())),
                        Facts.fact(getTranslation("account.email"), new Span(profile.email())),
                        Facts.fact(getTranslation("account.role"), new Span(getTranslation("role." + profile.role().name())))),
                language, save, passwordForm(accounts),
                new SsoLinkPanel(ssoSignIn, profile.email(), !profile.role().isPartnerRole()));
    }

    private ChangePasswordForm passwordForm(AccountService accounts) {
        var form = new ChangePasswordForm();
        form.addChangeListener(change -> {
            try {
                keepThisSession(accounts.changePassword(change.current(), change.password()));
                form.clear();
                Notices.success(getTranslation("account.password.changed"));
            } catch (BadCredentialsException wrong) {
                form.wrongCurrentPassword();
            } catch (SignInBusyException busy) {
                Notices.warning(getTranslation("account.password.busy"));
            }
        });
        return form;
    }

    /**
     * The change ended every session of this person, this one included (its principal carries the old security
     * version); this session goes on under the principal the change returned.
     */
    private static void keepThisSession(PortalPrincipal renewed) {
        var context = SecurityContextHolder.getContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities()));
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.pageTitle");
    }
}
