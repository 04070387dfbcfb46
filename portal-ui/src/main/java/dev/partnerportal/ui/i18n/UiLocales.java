package dev.partnerportal.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import dev.partnerportal.identity.AccountService;
import dev.partnerportal.identity.PortalPrincipal;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Chooses each UI's language and writing direction. A signed-in person sees the language they saved on their
 * account (or chose in this session, which saves it too); without one, the browser's languages; without an
 * offered one among those, English. Before sign-in, a language picked on the sign-in page holds for the session,
 * and becomes the person's saved language when they sign in without one. Right-to-left languages switch the
 * whole page to {@code dir="rtl"}.
 *
 * <p>Both choices live in the HTTP session, not in Vaadin's: the session survives sign-in (its id changes, its
 * attributes stay) and ends at sign-out.
 */
@Component
public class UiLocales implements VaadinServiceInitListener {

    /** A language picked before signing in. */
    static final String ANONYMOUS_CHOICE = UiLocales.class.getName() + ".anonymous";
    /** A language the signed-in person chose in this session (and saved); {@value #BROWSER} for "as my browser". */
    static final String SIGNED_IN_CHOICE = UiLocales.class.getName() + ".choice";
    private static final String BROWSER = "browser";

    private final AccountService accounts;

    UiLocales(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI(), resolve(VaadinRequest.getCurrent())));
    }

    /**
     * The language switcher's action: shows this UI, and every later one in the session, in {@code locale}, and
     * saves it on the signed-in person's account. The current page is built again in the new language.
     */
    public void switchTo(UI ui, Locale locale) {
        var offered = SupportedLanguages.bestMatch(locale);
        var session = ui.getSession().getSession();
        if (caller().isPresent()) {
            accounts.changePreferredLocale(offered);
            session.setAttribute(SIGNED_IN_CHOICE, offered.toLanguageTag());
        } else {
            session.setAttribute(ANONYMOUS_CHOICE, offered.toLanguageTag());
        }
        apply(ui, offered);
        ui.refreshCurrentRoute(true);
    }

    /**
     * Shows this UI, and every later one in the session, in {@code locale} after the signed-in person saved it
     * on their profile; {@code null} means the browser's.
     */
    public void choose(UI ui, @Nullable Locale locale) {
        ui.getSession().getSession().setAttribute(SIGNED_IN_CHOICE, locale == null ? BROWSER : locale.toLanguageTag());
        apply(ui, locale != null ? SupportedLanguages.bestMatch(locale) : browserLocale(VaadinRequest.getCurrent()));
    }

    Locale resolve(@Nullable VaadinRequest request) {
        var vaadinSession = VaadinSession.getCurrent();
        var session = vaadinSession == null ? null : vaadinSession.getSession();
        var caller = caller();
        if (caller.isEmpty()) {
            return attribute(session, ANONYMOUS_CHOICE).map(SupportedLanguages::bestMatch)
                    .orElseGet(() -> browserLocale(request));
        }
        var chosen = session == null ? null : (String) session.getAttribute(SIGNED_IN_CHOICE);
        if (chosen != null) {
            return chosen.equals(BROWSER) ? browserLocale(request) : SupportedLanguages.bestMatch(Locale.forLanguageTag(chosen));
        }
        var beforeSignIn = attribute(session, ANONYMOUS_CHOICE);
        if (session != null) {
            session.removeAttribute(ANONYMOUS_CHOICE);
        }
        var saved = Optional.ofNullable(caller.get().preferredLocale()).filter(SupportedLanguages::isOffered);
        if (saved.isPresent()) {
            return SupportedLanguages.bestMatch(saved.get());
        }
        if (beforeSignIn.isPresent() && session != null) {
            var adopted = SupportedLanguages.bestMatch(beforeSignIn.get());
            accounts.changePreferredLocale(adopted);
            session.setAttribute(SIGNED_IN_CHOICE, adopted.toLanguageTag());
            return adopted;
        }
        return browserLocale(request);
    }

    private static Optional<Locale> attribute(@Nullable WrappedSession session, String name) {
        return Optional.ofNullable(session == null ? null : (String) session.getAttribute(name)).map(Locale::forLanguageTag);
    }

    private static Optional<PortalPrincipal> caller() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    private static Locale browserLocale(@Nullable VaadinRequest request) {
        if (request == null) {
            return SupportedLanguages.ENGLISH;
        }
        var accepted = request.getLocales();
        while (accepted != null && accepted.hasMoreElements()) {
            var candidate = accepted.nextElement();
            if (SupportedLanguages.isOffered(candidate)) {
                return SupportedLanguages.bestMatch(candidate);
            }
        }
        return SupportedLanguages.ENGLISH;
    }

    private static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        ui.setDirection(SupportedLanguages.directionOf(locale));
        ui.getElement().executeJs("document.documentElement.setAttribute('lang', $0)", locale.toLanguageTag());
    }
}
