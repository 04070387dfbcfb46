package dev.partnerportal.ui.onboarding;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.partnerportal.health.RelationshipHealth;
import dev.partnerportal.onboarding.JourneyStep;
import dev.partnerportal.onboarding.OnboardingJourneys;
import dev.partnerportal.onboarding.PartnerDesk;
import dev.partnerportal.relationship.Conversations;
import dev.partnerportal.relationship.RelationshipTeam;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.tier.Tiers;
import dev.partnerportal.ui.health.HealthPanel;
import dev.partnerportal.ui.relationship.RelationshipPanel;
import dev.partnerportal.ui.tier.TierOverridePanel;
import dev.partnerportal.ui.tier.TierStandingCard;
import jakarta.annotation.security.RolesAllowed;

/** One partner on the desk: tier, onboarding journey, and the relationship (team, cadence, touchpoints). */
@Route("desk/partner")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CHANNEL_MANAGER})
public class PartnerDetailView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final PartnerDesk desk;
    private final OnboardingJourneys journeys;
    private final Tiers tiers;
    private final RelationshipTeam team;
    private final Conversations conversations;
    private final RelationshipHealth health;
    private String title = "";

    PartnerDetailView(PartnerDesk desk, OnboardingJourneys journeys, Tiers tiers, RelationshipTeam team,
                      Conversations conversations, RelationshipHealth health) {
        this.team = team;
        this.conversations = conversations;
        this.health = health;
        this.desk = desk;
        this.journeys = journeys;
        this.tiers = tiers;
        addClassName("portal-page");
        setId("partner-detail");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        var organization = OrganizationId.of(id);
        var partner = desk.partner(organization).orElseThrow(NotFoundException::new);
        title = partner.name();
        render(organization);
    }

    private void render(OrganizationId organization) {
        removeAll();
        add(new H2(title));
        tiers.standing(organization).ifPresent(standing -> add(new TierStandingCard(standing)));
        health.of(organization).ifPresent(reading -> add(new HealthPanel(reading)));
        add(new dev.partnerportal.ui.survey.CompanyNpsPanel(organization));
        add(new H3(getTranslation("tier.history")), new TierOverridePanel(tiers, organization, () -> render(organization)));
        add(new dev.partnerportal.ui.plan.DeskPlanPanel(organization));
        add(new H3(getTranslation("desk.journey")), new JourneyPanel(journeys.of(organization).orElseThrow(),
                step -> true, step -> completeStep(step, organization)));
        add(new RelationshipPanel(team, conversations, organization));
        add(dev.partnerportal.ui.escalation.EscalationsPanel.of(organization, true));
        add(new dev.partnerportal.ui.earlyaccess.BetaParticipationPanel(organization));
    }

    /** Manual steps are ticked off directly; a step that completes itself needs a reason, which is audited. */
    private void completeStep(JourneyStep step, OrganizationId organization) {
        if (!step.kind().completesAutomatically()) {
            journeys.complete(step.id());
            render(organization);
            return;
        }
        new CompleteStepDialog(step, reason -> {
            journeys.completeWithReason(step.id(), reason);
            render(organization);
        }).open();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
