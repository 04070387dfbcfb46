package dev.partnerportal.ui.home;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.partnerportal.health.RelationshipHealth;
import dev.partnerportal.identity.AccountService;
import dev.partnerportal.partner.PartnerDirectory;
import dev.partnerportal.relationship.RelationshipTeam;
import dev.partnerportal.shared.Role;
import dev.partnerportal.tier.Tiers;
import dev.partnerportal.ui.health.HealthPanel;
import dev.partnerportal.ui.tier.TierStandingCard;
import dev.partnerportal.ui.layout.Facts;
import dev.partnerportal.ui.layout.StaticHtml;
import dev.partnerportal.ui.relationship.YourTeamPanel;
import jakarta.annotation.security.RolesAllowed;

/** A partner's home: who they are in the program and where their organization stands. */
@Route("partner")
@Menu(order = 0, title = "nav.partnerHome")
@RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.PARTNER_USER})
public class PartnerHomeView extends Div implements HasDynamicTitle {

    /** The session attribute holding the moment this session's "new since your last visit" starts. */
    private static final String NEWS_SINCE = PartnerHomeView.class.getName() + ".newsSince";

    PartnerHomeView(AccountService accounts, PartnerDirectory directory, Tiers tiers, RelationshipTeam team,
                    RelationshipHealth health, dev.partnerportal.notification.Notifications notifications,
                    dev.partnerportal.onboarding.OnboardingJourneys journeys,
                    dev.partnerportal.certification.Certifications certifications,
                    dev.partnerportal.survey.SurveyCollection surveys, dev.partnerportal.content.ContentForMe content) {
        addClassName("portal-page");
        setId("partner-home");
        var profile = accounts.myProfile();
        var organization = directory.mine();

        var tier = StaticHtml.element("span", "portal-badge",
                "portal-tier-" + organization.tierCode().toLowerCase(java.util.Locale.ROOT)).text(organization.tierName());
        tier.id("partner-tier");

        var card = new Div(
                new H3(getTranslation("partnerHome.organization")),
                new H2(organization.name()),
                Facts.readOnly(
                        Facts.text(getTranslation("partnerHome.tier"), tier),
                        Facts.text(getTranslation("partnerHome.type"), getTranslation("partnerType." + organization.type().name())),
                        Facts.text(getTranslation("partnerHome.region"), organization.region()),
                        Facts.text(getTranslation("partnerHome.status"),
                                getTranslation("organizationStatus." + organization.status().name())),
                        Facts.text(getTranslation("partnerHome.yourRole"), getTranslation("role." + profile.role().name()))));
        card.addClassName("portal-card");
        card.setId("organization-card");

        // The home leads with what to do next. "New since your last visit" starts where the previous session last
        // opened the home, and stays there for this whole session: reloading the home or coming back to it from the
        // library must not make the news vanish before the person has read it.
        var previousVisit = notifications.visitHome().orElse(java.time.Instant.EPOCH);
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        var lastVisit = session.getAttribute(NEWS_SINCE) instanceof java.time.Instant since ? since : previousVisit;
        session.setAttribute(NEWS_SINCE, lastVisit);
        add(new H2(getTranslation("partnerHome.welcome", profile.displayName())),
                new Paragraph(getTranslation("partnerHome.intro")),
                new NextSteps(journeys, certifications, surveys, content, notifications, lastVisit, getLocale()),
                card);
        tiers.standing(organization.organizationId()).ifPresent(standing -> add(new TierStandingCard(standing)));
        add(new YourTeamPanel(team.myTeam(), profile.role() == Role.PARTNER_ADMIN));
        add(dev.partnerportal.ui.escalation.EscalationsPanel.of(organization.organizationId(), false));
        add(new dev.partnerportal.ui.plan.OverdueCommitmentsPanel());
        health.of(organization.organizationId()).ifPresent(reading -> add(new HealthPanel(reading, true)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partnerHome.pageTitle");
    }
}
