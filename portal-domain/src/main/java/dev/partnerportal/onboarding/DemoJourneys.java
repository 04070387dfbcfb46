package dev.partnerportal.onboarding;

import dev.partnerportal.partner.PartnerRegistry;
import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo mode: journeys for the demo organizations (Northwind well under way, Contoso just started) (touchpoints: relationship.DemoRelationships). */
@Component
@Order(30)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoJourneys implements ApplicationRunner {

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
            if (organization.name().equals("Northwind Traders")) {
                steps.findByOrganizationIdOrderByPosition(organization.id()).stream().limit(3)
                        .forEach(step -> step.complete(null, clock.instant()));
            }
        }
    }
}
