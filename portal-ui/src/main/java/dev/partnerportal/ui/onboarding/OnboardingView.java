package dev.partnerportal.ui.onboarding;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.partnerportal.onboarding.OnboardingJourneys;
import dev.partnerportal.onboarding.StepOwner;
import dev.partnerportal.shared.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The partner's own onboarding journey. Partner administrators tick off the manual steps that are theirs; the
 * automatic ones complete when the portal sees them done.
 */
@Route("onboarding")
@Menu(order = 10, title = "nav.onboarding")
@RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.PARTNER_USER})
public class OnboardingView extends Div implements HasDynamicTitle {

    private final OnboardingJourneys journeys;
    private final boolean partnerAdmin;

    OnboardingView(OnboardingJourneys journeys, AuthenticationContext authentication) {
        this.journeys = journeys;
        this.partnerAdmin = authentication.hasRole(Role.Names.PARTNER_ADMIN);
        addClassName("portal-page");
        setId("onboarding");
        render();
    }

    private void render() {
        removeAll();
        add(new Paragraph(getTranslation("onboarding.intro")));
        add(new JourneyPanel(journeys.mine(),
                step -> partnerAdmin && step.owner() == StepOwner.PARTNER && !step.kind().completesAutomatically(),
                step -> {
                    journeys.complete(step.id());
                    render();
                }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("onboarding.pageTitle");
    }
}
