package dev.partnerportal.tier;

import dev.partnerportal.partner.PartnerRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: Northwind holds Gold by agreement as a founding partner (a manual override with a reason and an
 * end date), which is how the demo's Gold partner squares with requirements it has not met yet.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoTiers implements ApplicationRunner {

    private final PartnerRegistry organizations;
    private final TierOverrides overrides;
    private final TierChanges changes;
    private final Clock clock;

    DemoTiers(PartnerRegistry organizations, TierOverrides overrides, TierChanges changes, Clock clock) {
        this.organizations = organizations;
        this.overrides = overrides;
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (overrides.count() > 0 || changes.count() > 0) {
            return;
        }
        organizations.findByName("Northwind Traders").ifPresent(northwind -> organizations.partnerManager(northwind.organizationId())
                .ifPresent(manager -> {
            var gold = organizations.tier("GOLD").orElseThrow();
            var until = LocalDate.now(clock).plusYears(1);
            var reason = "Founding partner: Gold by agreement for the first year.";
            overrides.save(new TierOverride(northwind.id(), gold.id(), reason, until, manager.value(), clock.instant()));
            changes.save(new TierChange(northwind.id(), organizations.tier("REGISTERED").orElseThrow().id(), gold.id(),
                    "Manual override until " + until + ": " + reason, manager.value(), clock.instant()));
        }));
        // The partners who speak Hungarian, Korean, Vietnamese and Arabic (setup.DemoLanguages) joined as Gold in a
        // launch agreement; the override keeps them Gold when requirements are evaluated, as Northwind's does.
        organizations.findByName("Northwind Traders").flatMap(northwind -> organizations.partnerManager(northwind.organizationId()))
                .ifPresent(manager -> {
                    var gold = organizations.tier("GOLD").orElseThrow();
                    for (var name : List.of("Duna Informatika Kft.", "한빛솔루션", "Công ty Sông Hồng", "النيل للحلول الرقمية")) {
                        organizations.findByName(name).ifPresent(partner -> overrides.save(new TierOverride(partner.id(),
                                gold.id(), "Launch partner in its language: Gold by agreement for the first year.",
                                LocalDate.now(clock).plusYears(1), manager.value(), clock.instant())));
                    }
                });
        // The story's other partners came with their tier from the previous program; it holds until their first review.
        for (var name : List.of("Fabrikam Inc", "Tailspin Toys", "Adventure Works", "Litware Inc")) {
            organizations.findByName(name).ifPresent(partner -> organizations.partnerManager(partner.organizationId())
                    .ifPresent(manager -> overrides.save(new TierOverride(partner.id(),
                            organizations.tier(partner.tierCode()).orElseThrow().id(),
                            "Tier carried over from the previous partner program until the first review.",
                            LocalDate.now(clock).plusMonths(6), manager.value(), clock.instant()))));
        }
    }
}
