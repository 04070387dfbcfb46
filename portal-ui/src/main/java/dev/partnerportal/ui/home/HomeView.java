package dev.partnerportal.ui.home;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.partnerportal.shared.Role;
import jakarta.annotation.security.PermitAll;

/** The root URL: partners go to their partner home, the vendor's staff to their workspace. */
@Route("")
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

    private final AuthenticationContext authentication;

    HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean partner = Role.PARTNER.stream().anyMatch(role -> authentication.hasRole(role.name()));
        event.forwardTo(partner ? PartnerHomeView.class : WorkspaceView.class);
    }
}
