package dev.partnerportal.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
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
        var name = new Span(getTranslation("app.name"));
        name.addClassName("portal-brand-name");
        var brand = new Div(VaadinIcon.HANDSHAKE.create(), name);
        brand.addClassName("portal-brand");
        return brand;
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.setLabel(getTranslation("nav.menu"));
        nav.addClassName("portal-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        // Menu titles are translation keys, so the navigation follows the UI's language.
        var item = new SideNavItem(getTranslation(entry.title()), entry.path());
        item.setMatchNested(true);
        return item;
    }

    private Component userFooter() {
        var principal = authentication.getAuthenticatedUser(PortalPrincipal.class).orElseThrow();
        var who = new Span(getTranslation("nav.signedInAs", principal.displayName()));
        who.addClassName("portal-signed-in-as");
        var role = new Span(getTranslation("role." + principal.caller().role().name()));
        role.addClassName("portal-role");
        var logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        var footer = new Div(who, role, logout);
        footer.addClassName("portal-user");
        return footer;
    }
}
