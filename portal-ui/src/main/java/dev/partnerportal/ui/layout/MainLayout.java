package dev.partnerportal.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.partnerportal.identity.PortalPrincipal;
import dev.partnerportal.search.ContentSearch;
import dev.partnerportal.ui.i18n.LanguageSwitcher;
import dev.partnerportal.ui.i18n.UiLocales;
import dev.partnerportal.ui.search.SearchField;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in page, with the search field in its top bar. The side navigation lists
 * only the views the caller's role may open: Vaadin's menu registry applies the same access annotations the
 * router enforces. The language switcher sits at the end of the top bar.
 *
 * <p>The navigation, the brand and the signed-in person are read-only markup ({@link StaticHtml}): they are on every
 * page of every session, and as components they were a third of the partner home's state nodes. The side
 * navigation's web components work the same from markup: each item renders its own link, Flow's client navigates
 * in place for links of the application, and an item marks itself current from the browser's location.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements LocaleChangeObserver, AfterNavigationObserver {

    private final AuthenticationContext authentication;
    private final H1 pageTitle = new H1();
    private final Div drawerContent = new Div();
    private final dev.partnerportal.ui.notification.NotificationBell bell;

    MainLayout(AuthenticationContext authentication, ContentSearch search, UiLocales locales,
               dev.partnerportal.notification.Notifications notifications) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        pageTitle.addClassName("portal-page-title");
        bell = new dev.partnerportal.ui.notification.NotificationBell(notifications);
        addToNavbar(new DrawerToggle(), pageTitle, new SearchField(search), bell, new LanguageSwitcher(locales));
        drawerContent.addClassName("portal-drawer");
        addToDrawer(drawerContent);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        drawerContent.removeAll();
        drawerContent.add(brand(), new Scroller(navigation()), userFooter());
        getElement().setAttribute("aria-label", getTranslation("nav.menu"));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        pageTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(getTranslation("app.name")));
        bell.refresh();
    }

    private Component brand() {
        var brand = StaticHtml.element("div", "portal-brand");
        brand.appendElement("vaadin-icon").attr("icon", "vaadin:handshake");
        brand.appendElement("span").addClass("portal-brand-name").text(getTranslation("app.name"));
        return StaticHtml.of(brand);
    }

    /** The same DOM SideNav and SideNavItem render: a label, then one item per view the caller may open. */
    private Component navigation() {
        var nav = StaticHtml.element("vaadin-side-nav", "portal-nav");
        nav.appendElement("span").attr("slot", "label").text(getTranslation("nav.menu"));
        // Menu titles are translation keys, so the navigation follows the UI's language.
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.appendElement("vaadin-side-nav-item")
                .attr("path", entry.path().replaceFirst("^/+", "")).attr("match-nested", "")
                .text(getTranslation(entry.title())));
        return StaticHtml.of(nav);
    }

    private Component userFooter() {
        var principal = authentication.getAuthenticatedUser(PortalPrincipal.class).orElseThrow();
        var person = StaticHtml.contents();
        person.appendElement("span").addClass("portal-signed-in-as").text(getTranslation("nav.signedInAs", principal.displayName()));
        person.appendElement("span").addClass("portal-role").text(getTranslation("role." + principal.caller().role().name()));
        var logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        var footer = new Div(StaticHtml.of(person), logout);
        footer.addClassName("portal-user");
        return footer;
    }
}
