package dev.partnerportal.lead;

import dev.partnerportal.mdf.FundRequestRegistry;
import dev.partnerportal.partner.PartnerRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: leads waiting for partners' answers, offered by the real distribution rules (so Northwind and
 * Contoso each have one within its window), one of them attributed to Northwind's demo webinar. Nothing
 * happens on a database that has leads already.
 */
@Component
@Order(71)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoLeads implements ApplicationRunner {

    private final SalesLeads leads;
    private final LeadDistribution distribution;
    private final PartnerRegistry organizations;
    private final FundRequestRegistry fundRequests;
    private final Clock clock;

    DemoLeads(SalesLeads leads, LeadDistribution distribution, PartnerRegistry organizations,
              FundRequestRegistry fundRequests, Clock clock) {
        this.leads = leads;
        this.distribution = distribution;
        this.organizations = organizations;
        this.fundRequests = fundRequests;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (leads.count() > 0) {
            return;
        }
        var webinar = organizations.findByName("Northwind Traders")
                .flatMap(org -> fundRequests.approvedOf(org.id()).stream().findFirst()).orElse(null);
        offer(lead("Blue Yonder Airlines", "blueyonderairlines.example", "DE", "EMEA", "RESELLER", "GOLD",
                "Jana Richter", "jana.richter@blueyonderairlines.example", "Analytics Suite", "48000.00", webinar));
        offer(lead("Coho Winery", "cohowinery.example", "US", "North America", "AGENCY", null,
                "Sam Ortiz", "sam.ortiz@cohowinery.example", "Commerce Cloud", "12500.00", null));
        offer(lead("Margie's Travel", "margiestravel.example", "FR", "EMEA", "RESELLER", "GOLD",
                "Claire Martin", "claire.martin@margiestravel.example", "Analytics Suite", "30000.00", webinar));
    }

    private void offer(NewLead lead) {
        var now = clock.instant();
        var saved = leads.save(new SalesLead(lead, null, now));
        distribution.offerNext(saved, now);
        leads.saveAndFlush(saved);
    }

    private static NewLead lead(String company, String domain, String country, String region, String type,
                                @Nullable String tier, String contact, String email, String product, String value,
                                @Nullable UUID fundRequest) {
        return new NewLead(company, domain, country, region, null, tier, type, contact, email, null, Set.of(product),
                new BigDecimal(value), "EUR", null, fundRequest);
    }
}
