package dev.partnerportal.setup;

import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.PartnerType;
import dev.partnerportal.shared.Role;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
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
 * Demo mode: four Gold partners in Hungary, South Korea, Vietnam and Egypt, each with a partner administrator
 * whose name is written in their own script and whose portal speaks their language (README, "Demo logins").
 * Adds only who is missing, so it costs two look-ups per person on a database that has them, and a demo
 * database from before these partners existed gains them at its next start.
 */
@Component
@Order(11)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoLanguages implements ApplicationRunner {

    /** One partner organization and its partner administrator. */
    record DemoPartner(String organization, PartnerType type, String region, String email, String name, Locale language) {
    }

    static final List<DemoPartner> PARTNERS = List.of(
            new DemoPartner("Duna Informatika Kft.", PartnerType.RESELLER, "EMEA",
                    "ildiko@duna.test", "Szűcs Ildikó", Locale.forLanguageTag("hu")),
            new DemoPartner("한빛솔루션", PartnerType.TECHNOLOGY, "APAC",
                    "minjun@hanbit.test", "김민준", Locale.forLanguageTag("ko")),
            new DemoPartner("Công ty Sông Hồng", PartnerType.AGENCY, "APAC",
                    "huong@songhong.test", "Nguyễn Thị Hương", Locale.forLanguageTag("vi")),
            new DemoPartner("النيل للحلول الرقمية", PartnerType.RESELLER, "EMEA",
                    "layla@nile.test", "ليلى حسن", Locale.forLanguageTag("ar")));

    private static final Logger log = LoggerFactory.getLogger(DemoLanguages.class);

    private final UserAccounts users;
    private final PartnerRegistry organizations;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SetupProperties properties;

    DemoLanguages(UserAccounts users, PartnerRegistry organizations, PasswordEncoder passwordEncoder, Clock clock,
                  SetupProperties properties) {
        this.users = users;
        this.organizations = organizations;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var missing = PARTNERS.stream().filter(partner -> users.findByEmail(partner.email()).isEmpty()).toList();
        if (missing.isEmpty()) {
            return;
        }
        // DemoData ran before this and checked the password.
        var hash = passwordEncoder.encode(java.util.Objects.requireNonNull(properties.demo().password()));
        var now = clock.instant();
        for (var partner : missing) {
            var organization = organizations.findByName(partner.organization())
                    .orElseGet(() -> organizations.admit(partner.organization(), partner.type(), partner.region(), "GOLD", now))
                    .organizationId();
            users.openPartnerAccount(partner.email(), partner.name(), Role.PARTNER_ADMIN, organization, hash, now,
                    partner.language());
        }
        log.info("Demo partners in {} languages created: {}", missing.size(),
                missing.stream().map(DemoPartner::email).toList());
    }
}
