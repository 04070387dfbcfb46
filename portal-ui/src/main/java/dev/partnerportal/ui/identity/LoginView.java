package dev.partnerportal.ui.identity;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.partnerportal.ui.i18n.LanguageSwitcher;
import dev.partnerportal.ui.i18n.UiLocales;
import dev.partnerportal.sso.SsoSignIn;
import dev.partnerportal.ui.sso.SsoLoginPanel;
import org.springframework.modulith.NamedInterface;

/**
 * Sign-in. The form posts to Spring Security; a wrong login comes back as {@code ?error} with one message that
 * does not say whether the account exists. {@code ?busy} (too many sign-ins at this moment: the password was not
 * checked) and {@code ?throttled} (too many failures from this network) each get their own message. The ui module's
 * named interface {@code login}: the security configuration names this view, and nothing else of ui.identity.
 * The language picked here holds until sign-in and becomes the person's language if they have none saved.
 */
@NamedInterface("login")
@Route(value = LoginView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The login page's path, shared with the security configuration. */
    public static final String ROUTE = "login";

    private final AuthenticationContext authentication;
    final LoginForm form = new LoginForm();
    final Paragraph notice = new Paragraph();

    LoginView(AuthenticationContext authentication, UiLocales locales, SsoSignIn ssoSignIn) {
        this.authentication = authentication;
        addClassName("portal-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(click -> form.getUI().ifPresent(ui -> ui.navigate("forgot-password")));
        form.setI18n(i18n());
        notice.addClassName("portal-login-notice");
        notice.setVisible(false);
        var title = new H1(getTranslation("login.title"));
        var description = new Paragraph(getTranslation("login.description"));
        var brand = new Div(VaadinIcon.HANDSHAKE.create(), title, description);
        brand.addClassName("portal-login-brand");
        var apply = new Anchor("apply", getTranslation("login.apply"));
        apply.setId("become-partner");
        var panel = new Div(new LanguageSwitcher(locales), brand, notice, form, new SsoLoginPanel(ssoSignIn), apply);
        panel.addClassName("portal-login-panel");
        add(panel);
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var header = new LoginI18n.Header();
        header.setTitle(getTranslation("login.title"));
        header.setDescription(getTranslation("login.description"));
        i18n.setHeader(header);
        var formTexts = i18n.getForm();
        formTexts.setTitle(getTranslation("login.form.title"));
        formTexts.setUsername(getTranslation("login.username"));
        formTexts.setPassword(getTranslation("login.password"));
        formTexts.setSubmit(getTranslation("login.submit"));
        formTexts.setForgotPassword(getTranslation("login.forgotPassword"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.usernameRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        for (var failure : new String[] {"error", "busy", "throttled"}) {
            if (parameters.containsKey(failure)) {
                var i18n = i18n();
                i18n.getErrorMessage().setTitle(getTranslation("login." + failure + ".title"));
                i18n.getErrorMessage().setMessage(getTranslation("login." + failure + ".message"));
                form.setI18n(i18n);
                form.setError(true);
            }
        }
        for (var reason : new String[] {"logout", "activated", "reset"}) {
            if (parameters.containsKey(reason)) {
                notice.setText(getTranslation("login.notice." + reason));
                notice.setVisible(true);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
