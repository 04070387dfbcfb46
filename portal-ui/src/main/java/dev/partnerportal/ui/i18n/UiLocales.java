package dev.partnerportal.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import dev.partnerportal.identity.PortalPrincipal;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Chooses each UI's language and writing direction: a choice made in this session first, then the
 * person's saved preference, then the browser's languages, then English. Right-to-left languages switch
 * the whole page to {@code dir="rtl"}.
 */
@Component
public class UiLocales implements VaadinServiceInitListener {

    private static final String SESSION_CHOICE = UiLocales.class.getName() + ".choice";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI(), resolve(VaadinRequest.getCurrent())));
    }

    /** Switches this UI, and every later one in the session, to {@code locale}; {@code null} means the browser's. */
    public void choose(UI ui, @Nullable Locale locale) {
        ui.getSession().setAttribute(SESSION_CHOICE, locale == null ? null : locale.toLanguageTag());
        apply(ui, locale != null ? locale : browserLocale(VaadinRequest.getCurrent()));
    }

    Locale resolve(@Nullable VaadinRequest request) {
        var session = VaadinSession.getCurrent();
        var chosen = session == null ? null : (String) session.getAttribute(SESSION_CHOICE);
        if (chosen != null) {
            return SupportedLanguages.bestMatch(Locale.forLanguageTag(chosen));
        }
        return preferenceOfCaller()
                .filter(SupportedLanguages::isOffered)
                .map(SupportedLanguages::bestMatch)
                .orElseGet(() -> browserLocale(request));
    }

    private static Optional<Locale> preferenceOfCaller() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal principal) {
            return Optional.ofNullable(principal.preferredLocale());
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
