package dev.partnerportal.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import dev.partnerportal.support.Rendered;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.ui.home.PartnerHomeView;
import dev.partnerportal.ui.identity.LoginView;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The language switcher in the top bar and on the sign-in page, and the order in which a language is chosen. */
@PortalWebTest
class LanguageSwitcherBrowserlessTest extends PortalBrowserlessTest {

    private static final Locale FRENCH = Locale.FRENCH;

    @Autowired
    UiLocales locales;
    @Autowired
    UserAccounts users;
    @Autowired
    PortalI18NProvider translations;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void restoreTheDemosLanguages() {
        jdbc.update("update portal_user set preferred_locale = null where email in ('bob@northwind.test', 'carol@contoso.test')");
        jdbc.update("update portal_user set preferred_locale = 'ko' where email = 'minjun@hanbit.test'");
    }

    @Test
    void switchingInTheTopBarShowsThePageAgainInThatLanguageAndSavesIt() {
        signInAs("bob@northwind.test");
        navigate(PartnerHomeView.class);
        long auditedBefore = preferenceChanges("bob@northwind.test");

        test(switcher()).selectItem("한국어");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(SupportedLanguages.KOREAN);
        assertThat(SupportedLanguages.directionOf(UI.getCurrent().getLocale())).isEqualTo(Direction.LEFT_TO_RIGHT);
        assertThat(getCurrentView()).isInstanceOf(PartnerHomeView.class);
        assertThat(Rendered.texts(find(Html.class).all(), "vaadin-side-nav-item"))
                .contains(translations.getTranslation("nav.account", SupportedLanguages.KOREAN))
                .doesNotContain("My account");
        assertThat(users.findByEmail("bob@northwind.test").orElseThrow().preferredLocale()).isEqualTo(SupportedLanguages.KOREAN);
        assertThat(preferenceChanges("bob@northwind.test")).isEqualTo(auditedBefore + 1);
        assertThat(switcher().getValue()).as("the new page's switcher shows the new language").isEqualTo(SupportedLanguages.KOREAN);
    }

    @Test
    void arabicTurnsThePageRightToLeftAndEveryOtherLanguageLeftToRight() {
        signInAs("bob@northwind.test");
        navigate(PartnerHomeView.class);

        test(switcher()).selectItem("العربية");
        assertThat(SupportedLanguages.directionOf(UI.getCurrent().getLocale())).isEqualTo(Direction.RIGHT_TO_LEFT);

        test(switcher()).selectItem("Tiếng Việt");
        assertThat(SupportedLanguages.directionOf(UI.getCurrent().getLocale())).isEqualTo(Direction.LEFT_TO_RIGHT);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(SupportedLanguages.VIETNAMESE);
    }

    @Test
    void aLanguagePickedBeforeSignInHoldsForTheSessionAndBecomesTheSavedOneOfSomebodyWithout() {
        navigate(LoginView.class);
        assertThat(switcher().getListDataView().getItems()).containsExactlyElementsOf(SupportedLanguages.LOCALES);

        test(switcher()).selectItem("العربية");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(SupportedLanguages.ARABIC);
        assertThat(SupportedLanguages.directionOf(UI.getCurrent().getLocale())).isEqualTo(Direction.RIGHT_TO_LEFT);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(locales.resolve(browser(FRENCH))).as("a later page of the session").isEqualTo(SupportedLanguages.ARABIC);

        signInAs("carol@contoso.test");
        assertThat(locales.resolve(browser(FRENCH))).isEqualTo(SupportedLanguages.ARABIC);
        assertThat(users.findByEmail("carol@contoso.test").orElseThrow().preferredLocale()).isEqualTo(SupportedLanguages.ARABIC);
    }

    @Test
    void aSavedLanguageWinsOverOnePickedBeforeSignIn() {
        navigate(LoginView.class);
        test(switcher()).selectItem("Magyar");

        signInAs("minjun@hanbit.test");

        assertThat(locales.resolve(browser(SupportedLanguages.VIETNAMESE))).isEqualTo(SupportedLanguages.KOREAN);
        assertThat(users.findByEmail("minjun@hanbit.test").orElseThrow().preferredLocale()).isEqualTo(SupportedLanguages.KOREAN);
    }

    @Test
    void withoutAChoiceTheBrowsersFirstOfferedLanguageThenEnglish() {
        VaadinSession.getCurrent().getSession().removeAttribute(UiLocales.ANONYMOUS_CHOICE);

        assertThat(locales.resolve(browser(FRENCH, SupportedLanguages.VIETNAMESE, SupportedLanguages.KOREAN)))
                .isEqualTo(SupportedLanguages.VIETNAMESE);
        assertThat(locales.resolve(browser(FRENCH, Locale.GERMAN))).isEqualTo(SupportedLanguages.ENGLISH);

        signInAs("carol@contoso.test");
        assertThat(locales.resolve(browser(Locale.forLanguageTag("hu-HU")))).isEqualTo(SupportedLanguages.HUNGARIAN);
    }

    @SuppressWarnings("unchecked")
    private Select<Locale> switcher() {
        return find(Select.class).withId("language-switcher").single();
    }

    private long preferenceChanges(String email) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'PREFERENCES_CHANGED' and actor = ?",
                Long.class, email);
    }

    /** A request from a browser whose languages are {@code languages}, in this order. */
    private static VaadinRequest browser(Locale... languages) {
        return (VaadinRequest) Proxy.newProxyInstance(VaadinRequest.class.getClassLoader(), new Class<?>[] {VaadinRequest.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getLocales" -> Collections.enumeration(List.of(languages));
                    case "getLocale" -> languages[0];
                    default -> null;
                });
    }
}
