package dev.partnerportal.earlyaccess;

import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.PartnerType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: a running beta for Silver-and-up resellers and agencies, Northwind invited and Adventure Works
 * accepted on application; a second beta opens next month. Runs before the product-feedback demo, which tags
 * feedback to this beta.
 */
@Component
@Order(62)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoEarlyAccess implements ApplicationRunner {

    static final String CO_SELLING_BETA = "Co-selling analytics beta";

    private final BetaPrograms betas;
    private final Participations participations;
    private final PartnerRegistry organizations;
    private final UserAccounts users;
    private final Clock clock;

    DemoEarlyAccess(BetaPrograms betas, Participations participations, PartnerRegistry organizations, UserAccounts users,
                    Clock clock) {
        this.betas = betas;
        this.participations = participations;
        this.organizations = organizations;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var manager = users.findByEmail("manager@vendor.test");
        if (betas.count() > 0 || manager.isEmpty()) {
            return;
        }
        var by = manager.get().id();
        var today = LocalDate.now(clock);
        var now = clock.instant();
        var silver = organizations.tier("SILVER").map(t -> t.id()).orElse(null);
        var running = betas.save(new BetaProgram(CO_SELLING_BETA,
                "Early access to shared pipeline analytics for joint opportunities. We ask for one call every two weeks and written feedback on each release.",
                silver, EnumSet.of(PartnerType.RESELLER, PartnerType.AGENCY), 5, today.minusDays(30), today.plusDays(60),
                by.value(), now));
        betas.save(new BetaProgram("Partner API v2 preview",
                "The next version of the partner API: bulk deal registration and webhooks. For technology partners.",
                null, EnumSet.of(PartnerType.TECHNOLOGY), 3, today.plusDays(30), today.plusDays(120), by.value(), now));
        organizations.findByName("Northwind Traders").ifPresent(org -> participations.save(
                new Participation(running.id(), org.organizationId(), ParticipationOrigin.INVITATION, by, now)));
        organizations.findByName("Adventure Works").ifPresent(org -> {
            var application = new Participation(running.id(), org.organizationId(), ParticipationOrigin.APPLICATION, by, now);
            application.decide(true, by, now);
            participations.save(application);
        });
    }
}
