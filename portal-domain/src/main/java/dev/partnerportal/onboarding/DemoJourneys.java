package dev.partnerportal.onboarding;

import dev.partnerportal.partner.PartnerRegistry;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo mode: journeys for the demo organizations, as far along as each one's story says (touchpoints: relationship.DemoRelationships). */
@Component
@Order(30)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoJourneys implements ApplicationRunner {

    /** Steps done per demo organization; Contoso has just started. */
    private static final Map<String, Integer> STEPS_DONE = Map.of("Northwind Traders", 3, "Adventure Works", 99,
            "Tailspin Toys", 3, "Litware Inc", 2, "Fabrikam Inc", 1);

    private final PartnerRegistry organizations;
    private final OnboardingJourneys journeys;
    private final OnboardingSteps steps;
    private final Clock clock;

    DemoJourneys(PartnerRegistry organizations, OnboardingJourneys journeys, OnboardingSteps steps,
                 Clock clock) {
        this.organizations = organizations;
        this.journeys = journeys;
        this.steps = steps;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (steps.count() > 0) {
            return;
        }
        for (var organization : organizations.all()) {
            journeys.start(organization.organizationId(), organization.type());
            // The relationship story (README): strategic and steady partners are well along, the quiet one barely.
            var done = STEPS_DONE.getOrDefault(organization.name(), 0);
            steps.findByOrganizationIdOrderByPosition(organization.id()).stream().limit(done)
                    .forEach(step -> step.complete(null, clock.instant()));
        }
    }
}
