package dev.partnerportal.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditFixtures;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.identity.AccountFixtures;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.PartnerFixtures;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.Role;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Production start-up: no demo data, the first administrator from configuration. */
@SpringBootTest(properties = {
        "portal.demo.enabled=false",
        "portal.bootstrap.admin-email=Root@Vendor.test",
        "portal.bootstrap.admin-password=a-long-bootstrap-password",
        "portal.bootstrap.admin-name=Root Admin"})
class SetupTest {

    @Autowired
    UserAccounts users;
    @Autowired
    AuditFixtures audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    Clock clock;
    @Autowired
    FirstAdministrator firstAdministrator;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    PartnerFixtures partners;
    @Autowired
    AccountFixtures accounts;

    private static final SetupProperties NOTHING_CONFIGURED = new SetupProperties(null, null);

    @Test
    void createsOnlyTheConfiguredAdministratorAndNoDemoData() {
        assertThat(accounts.all()).extracting(u -> u.email() + ":" + u.role())
                .containsExactly("root@vendor.test:ADMIN");
        assertThat(jdbc.queryForObject("select count(*) from partner_organization", Long.class)).isZero();
        assertThat(audit.recorded(AuditAction.FIRST_ADMIN_CREATED)).hasSize(1);
    }

    @Test
    void runningAgainCreatesNoSecondAdministrator() throws Exception {
        firstAdministrator.run(new DefaultApplicationArguments());

        assertThat(users.count()).isEqualTo(1);
        assertThat(users.existsWithRole(Role.ADMIN)).isTrue();
    }

    @Test
    void refusesAShortBootstrapPasswordWithAClearMessage() {
        jdbc.update("delete from portal_user");
        try {
            var properties = new SetupProperties(null,
                    new SetupProperties.Bootstrap("admin@x.test", "short", null));
            var setup = new FirstAdministrator(users, passwordEncoder, auditTrail, clock, properties, false);

            assertThatThrownBy(() -> setup.run(new DefaultApplicationArguments()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("portal.bootstrap.admin-password must be 12 to 256 characters");
            assertThat(users.count()).isZero();
        } finally {
            firstAdministrator.run(new DefaultApplicationArguments());
        }
    }

    @Test
    void productionRefusesToStartWhenNoAdministratorExistsAndNoneIsConfigured() {
        jdbc.update("delete from portal_user");
        try {
            var setup = new FirstAdministrator(users, passwordEncoder, auditTrail, clock, NOTHING_CONFIGURED, true);

            assertThatThrownBy(() -> setup.run(new DefaultApplicationArguments()))
                    .isInstanceOf(SetupRefusedException.class)
                    .hasMessage("No administrator exists in the database and none is configured.")
                    .extracting(e -> ((SetupRefusedException) e).action()).asString()
                    .startsWith("Set PORTAL_BOOTSTRAP_ADMIN_EMAIL and PORTAL_BOOTSTRAP_ADMIN_PASSWORD");
            assertThat(users.count()).isZero();
        } finally {
            firstAdministrator.run(new DefaultApplicationArguments());
        }
    }

    @Test
    void outsideProductionAMissingAdministratorOnlyWarns() throws Exception {
        jdbc.update("delete from portal_user");
        try {
            new FirstAdministrator(users, passwordEncoder, auditTrail, clock, NOTHING_CONFIGURED, false)
                    .run(new DefaultApplicationArguments());

            assertThat(users.count()).isZero();
        } finally {
            firstAdministrator.run(new DefaultApplicationArguments());
        }
    }

    @Test
    void productionStartsWithoutBootstrapSettingsOnceAnAdministratorExists() throws Exception {
        new FirstAdministrator(users, passwordEncoder, auditTrail, clock, NOTHING_CONFIGURED, true)
                .run(new DefaultApplicationArguments());

        assertThat(users.count()).isEqualTo(1);
    }

    @Test
    void productionRefusesDemoModeBeforeAnyDemoAccountExists() {
        var accounts = users.count();
        var companies = partners.count();
        var environment = new MockEnvironment()
                .withProperty("portal.production", "true").withProperty("portal.demo.enabled", "true");

        assertThatThrownBy(() -> new ProductionDemoGuard().postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(SetupRefusedException.class)
                .hasMessageStartingWith("Demo mode is on in production");
        assertThat(users.count()).isEqualTo(accounts);
        assertThat(partners.count()).isEqualTo(companies);
        // Either one alone starts: production without the demo, or the demo outside production.
        new ProductionDemoGuard().postProcessEnvironment(new MockEnvironment()
                .withProperty("portal.production", "true"), new SpringApplication());
        new ProductionDemoGuard().postProcessEnvironment(new MockEnvironment()
                .withProperty("portal.demo.enabled", "true"), new SpringApplication());
    }

    @Test
    void productionRefusesTheTestSuitesCheapPasswordHashing() {
        var cheap = "portal.security.password-hashing.allow-below-owasp-minimum";

        assertThatThrownBy(() -> new ProductionDemoGuard().postProcessEnvironment(new MockEnvironment()
                .withProperty("portal.production", "true").withProperty(cheap, "true"), new SpringApplication()))
                .isInstanceOf(SetupRefusedException.class)
                .hasMessageStartingWith("Password hashing below OWASP's minimum is allowed in production");
        // Outside production (the test suites) it starts.
        new ProductionDemoGuard().postProcessEnvironment(new MockEnvironment().withProperty(cheap, "true"),
                new SpringApplication());
    }

    @Test
    void theFailureAnalyzerReportsTheProblemAndTheFixWithoutAStackTrace() {
        var refused = new SetupRefusedException("the problem", "the fix");

        var analysis = new SetupFailureAnalyzer().analyze(new BeanCreationException("demoData", "failed", refused));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).isEqualTo("the problem");
        assertThat(analysis.getAction()).isEqualTo("the fix");
    }
}
