package dev.partnerportal.setup;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.identity.PasswordPolicy;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.shared.Role;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator from {@code portal.bootstrap.admin-*} when the database has no
 * administrator yet. Does nothing once one exists, so the configured password can be removed afterwards.
 * In production ({@code portal.production}) a database without an administrator and without one configured
 * refuses to start: nobody could ever sign in to administer it.
 */
@Component
@Order(20)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccounts users;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final SetupProperties properties;
    private final boolean production;

    FirstAdministrator(UserAccounts users, PasswordEncoder passwordEncoder, AuditTrail audit, Clock clock,
                       SetupProperties properties, @Value("${portal.production:false}") boolean production) {
        this.production = production;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.existsWithRole(Role.ADMIN)) {
            return;
        }
        var bootstrap = properties.bootstrap();
        if (bootstrap.adminEmail() == null || bootstrap.adminEmail().isBlank()) {
            if (production) {
                throw new SetupRefusedException("No administrator exists in the database and none is configured.",
                        "Set PORTAL_BOOTSTRAP_ADMIN_EMAIL and PORTAL_BOOTSTRAP_ADMIN_PASSWORD (12 to 256 characters) "
                        + "for the first start; the portal creates that administrator, and the settings may be removed "
                        + "once it exists.");
            }
            log.warn("No administrator exists. Set PORTAL_BOOTSTRAP_ADMIN_EMAIL and PORTAL_BOOTSTRAP_ADMIN_PASSWORD "
                    + "to create the first one.");
            return;
        }
        var password = bootstrap.adminPassword();
        if (password == null || !PasswordPolicy.acceptableLength(password)) {
            throw new SetupRefusedException("portal.bootstrap.admin-password must be " + PasswordPolicy.MIN_LENGTH
                    + " to " + PasswordPolicy.MAX_LENGTH + " characters, to create the first administrator "
                    + bootstrap.adminEmail() + ".",
                    "Set PORTAL_BOOTSTRAP_ADMIN_PASSWORD to a password of " + PasswordPolicy.MIN_LENGTH + " to "
                    + PasswordPolicy.MAX_LENGTH + " characters.");
        }
        var name = bootstrap.adminName() == null || bootstrap.adminName().isBlank() ? "Administrator" : bootstrap.adminName();
        var admin = users.openStaffAccount(bootstrap.adminEmail(), name, Role.ADMIN,
                passwordEncoder.encode(password), clock.instant());
        audit.record(AuditAction.FIRST_ADMIN_CREATED, admin.email(), null, "from configuration", null);
        log.info("First administrator {} created from configuration", admin.email());
    }
}
