package dev.partnerportal.setup;

import dev.partnerportal.identity.PasswordPolicy;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.PartnerType;
import dev.partnerportal.shared.Role;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo: the vendor's staff and seven partner organizations in different tiers, two of them with accounts. Runs only in
 * demo mode and only into an empty database, so restarting never duplicates or resets anything. In
 * production ({@code portal.production}, set by the {@code postgres} profile) demo mode refuses to start
 * ({@link ProductionDemoGuard}): its accounts share one published password.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UserAccounts users;
    private final PartnerRegistry organizations;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SetupProperties properties;

    DemoData(UserAccounts users, PartnerRegistry organizations,
             PasswordEncoder passwordEncoder, Clock clock, SetupProperties properties) {
        this.users = users;
        this.organizations = organizations;
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

        var northwind = organizations.admit("Northwind Traders", PartnerType.RESELLER, "EMEA", "GOLD", now).organizationId();
        var contoso = organizations.admit("Contoso Ltd", PartnerType.AGENCY, "North America", "REGISTERED", now).organizationId();
        // Five more partners without accounts of their own, so that the desk tells the relationship story (README).
        var others = List.of(
                organizations.admit("Fabrikam Inc", PartnerType.TECHNOLOGY, "North America", "SILVER", now).organizationId(),
                organizations.admit("Tailspin Toys", PartnerType.RESELLER, "APAC", "SILVER", now).organizationId(),
                organizations.admit("Adventure Works", PartnerType.RESELLER, "EMEA", "GOLD", now).organizationId(),
                organizations.admit("Wide World Importers", PartnerType.REFERRAL, "Latin America", "REGISTERED", now).organizationId(),
                organizations.admit("Litware Inc", PartnerType.AGENCY, "EMEA", "SILVER", now).organizationId());

        users.openStaffAccount("admin@vendor.test", "Ada Admin", Role.ADMIN, hash, now);
        users.openStaffAccount("editor@vendor.test", "Eddie Editor", Role.CONTENT_EDITOR, hash, now);
        var manager = users.openStaffAccount("manager@vendor.test", "Mona Manager", Role.CHANNEL_MANAGER, hash, now);
        organizations.assignPartnerManager(northwind, manager.id());
        organizations.assignPartnerManager(contoso, manager.id());
        others.forEach(organization -> organizations.assignPartnerManager(organization, manager.id()));
        users.openPartnerAccount("alice@northwind.test", "Alice Northwind", Role.PARTNER_ADMIN, northwind, hash, now);
        users.openPartnerAccount("bob@northwind.test", "Bob Northwind", Role.PARTNER_USER, northwind, hash, now);
        users.openPartnerAccount("carol@contoso.test", "Carol Contoso", Role.PARTNER_ADMIN, contoso, hash, now);
        log.info("Demo data created: 7 partner organizations, 6 accounts (see README for the logins)");
    }
}
