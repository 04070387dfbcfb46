package dev.partnerportal.certification;

import dev.partnerportal.identity.UserAccounts;
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
 * Demo mode: two certifications earned by the demo courses, and Alice's Sales Professional award from 23 months
 * ago, so that it is expiring and she can try renewing. Only into an empty definitions table.
 */
@Component
@Order(45)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoCertifications implements ApplicationRunner {

    private final CertificationDefinitions definitions;
    private final CertificationAwards awards;
    private final UserAccounts users;
    private final Clock clock;

    DemoCertifications(CertificationDefinitions definitions, CertificationAwards awards, UserAccounts users, Clock clock) {
        this.definitions = definitions;
        this.awards = awards;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (definitions.count() > 0) {
            return;
        }
        var now = clock.instant();
        var sales = definitions.save(new CertificationDefinition(new DefinitionForm("sales-professional", "Sales Professional",
                CertificationLevel.PROFESSIONAL, List.of("sales-fundamentals"), "sales-fundamentals-quiz",
                "sales-renewal-quiz", 24), now));
        definitions.save(new CertificationDefinition(new DefinitionForm("implementation-specialist",
                "Implementation Specialist", CertificationLevel.EXPERT, List.of("implementation-basics"),
                "implementation-quiz", null, 12), now));
        users.findByEmail("alice@northwind.test").ifPresent(alice -> {
            var issued = LocalDate.now(clock).minusMonths(23);
            awards.save(new CertificationAward(sales.id(), alice.id().value(), alice.organization().value(),
                    VerificationCodes.next(), issued, issued.plusMonths(24), issued.atStartOfDay(clock.getZone()).toInstant(), null));
        });
    }
}
