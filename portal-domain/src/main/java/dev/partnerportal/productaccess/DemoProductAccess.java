package dev.partnerportal.productaccess;

import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.PartnerRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo mode: Northwind holds an approved not-for-resale licence; Contoso waits for a demo environment. */
@Component
@Order(40)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoProductAccess implements ApplicationRunner {

    private final ProductAccessGrants grants;
    private final PartnerRegistry organizations;
    private final UserAccounts users;
    private final Clock clock;

    DemoProductAccess(ProductAccessGrants grants, PartnerRegistry organizations, UserAccounts users, Clock clock) {
        this.grants = grants;
        this.organizations = organizations;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var alice = users.findByEmail("alice@northwind.test");
        var carol = users.findByEmail("carol@contoso.test");
        var manager = users.findByEmail("manager@vendor.test");
        var northwind = organizations.findByName("Northwind Traders");
        var contoso = organizations.findByName("Contoso Ltd");
        if (grants.count() > 0 || alice.isEmpty() || carol.isEmpty() || manager.isEmpty() || northwind.isEmpty() || contoso.isEmpty()) {
            return;
        }
        var now = clock.instant();
        var licence = new ProductAccessGrant(northwind.get().organizationId(), new ProductAccessForm(ProductAccessKind.NFR_LICENCE,
                "Partner Portal Enterprise", "Internal use and customer demos by our presales team.",
                "alice@northwind.test\nbob@northwind.test"), alice.get().id().value(), now.minus(Duration.ofDays(40)));
        licence.approve(manager.get().id().value(), LocalDate.now(clock).plusDays(60), now.minus(Duration.ofDays(39)));
        grants.save(licence);
        grants.save(new ProductAccessGrant(contoso.get().organizationId(), new ProductAccessForm(ProductAccessKind.DEMO_ENVIRONMENT,
                "Analytics Cloud", "A proof of concept for a retail customer in January.", "carol@contoso.test"),
                carol.get().id().value(), now.minus(Duration.ofDays(2))));
    }
}
