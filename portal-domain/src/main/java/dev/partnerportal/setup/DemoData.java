package dev.partnerportal.setup;

import dev.partnerportal.identity.PasswordPolicy;
import dev.partnerportal.identity.PortalUser;
import dev.partnerportal.identity.PortalUsers;
import dev.partnerportal.partner.PartnerOrganization;
import dev.partnerportal.partner.PartnerOrganizations;
import dev.partnerportal.partner.PartnerTiers;
import dev.partnerportal.partner.PartnerType;
import dev.partnerportal.shared.Role;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo: the vendor's staff and two partner organizations in different tiers. Runs only in
 * demo mode and only into an empty database, so restarting never duplicates or resets anything. In
 * production ({@code portal.production}, set by the {@code postgres} profile) demo mode refuses to start:
 * its accounts share one published password.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final PortalUsers users;
    private final PartnerOrganizations organizations;
    private final PartnerTiers tiers;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SetupProperties properties;

    DemoData(PortalUsers users, PartnerOrganizations organizations, PartnerTiers tiers,
             PasswordEncoder passwordEncoder, Clock clock, SetupProperties properties,
             @Value("${portal.production:false}") boolean production) {
        if (production) {
            throw new SetupRefusedException("Demo mode is on in production (portal.demo.enabled=true with "
                    + "portal.production=true). Demo mode creates six accounts that share one published password.",
                    "Remove portal.demo.enabled (or set it to false) for the production profile. To try the demo, "
                    + "run without the postgres profile.");
        }
        this.users = users;
        this.organizations = organizations;
        this.tiers = tiers;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        var password = properties.demo().password();
        if (password == null || !PasswordPolicy.acceptableLength(password)) {
            throw new IllegalStateException("portal.demo.password must be " + PasswordPolicy.MIN_LENGTH + " to "
                    + PasswordPolicy.MAX_LENGTH + " characters");
        }
        var hash = passwordEncoder.encode(password);
        var now = clock.instant();

        var northwind = organizations.save(new PartnerOrganization("Northwind Traders", PartnerType.RESELLER, "EMEA",
                tiers.findByCode("GOLD").orElseThrow(), now));
        var contoso = organizations.save(new PartnerOrganization("Contoso Ltd", PartnerType.AGENCY, "North America",
                tiers.findByCode("REGISTERED").orElseThrow(), now));

        users.save(PortalUser.staff("admin@vendor.test", "Ada Admin", Role.ADMIN, hash, now));
        users.save(PortalUser.staff("editor@vendor.test", "Eddie Editor", Role.CONTENT_EDITOR, hash, now));
        var manager = users.save(PortalUser.staff("manager@vendor.test", "Mona Manager", Role.CHANNEL_MANAGER, hash, now));
        northwind.assignPartnerManager(manager.id());
        contoso.assignPartnerManager(manager.id());
        users.save(PortalUser.partner("alice@northwind.test", "Alice Northwind", Role.PARTNER_ADMIN, northwind.id(), hash, now));
        users.save(PortalUser.partner("bob@northwind.test", "Bob Northwind", Role.PARTNER_USER, northwind.id(), hash, now));
        users.save(PortalUser.partner("carol@contoso.test", "Carol Contoso", Role.PARTNER_ADMIN, contoso.id(), hash, now));
        log.info("Demo data created: 2 partner organizations, 6 accounts (see README for the logins)");
    }
}
