package dev.partnerportal.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.health.RelationshipHealth;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.PartnerType;
import dev.partnerportal.shared.Role;
import dev.partnerportal.survey.SurveyResults;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.StatementCount;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The manager's desk reads every column for all of a manager's partners at once: listing 30 partners costs the
 * same statements as listing 3 (Hibernate's statistics, switched on for this test only). A manager of their own,
 * so that other tests' partners do not count.
 */
@SpringBootTest
class PartnerDeskStatementsTest {

    @Autowired
    PartnerDesk desk;
    @Autowired
    OnboardingJourneys journeys;
    @Autowired
    SurveyResults surveys;
    @Autowired
    RelationshipHealth health;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    UserAccounts users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void thirtyPartnersCostTheStatementsOfThree() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var email = "desk-" + suffix + "@vendor.test";
        var manager = users.openStaffAccount(email, "Desk Manager", Role.CHANNEL_MANAGER,
                encoder.encode(SignIn.DEMO_PASSWORD), clock.instant()).id();
        admit(3, suffix, manager);
        SignIn.as(provider, email);

        try (var statements = StatementCount.on(entityManagerFactory)) {
            var three = statements.fewest(3, this::openTheDesk);
            admit(27, suffix, manager);
            SignIn.as(provider, email);
            assertThat(desk.myPartners()).hasSize(30);
            var thirty = statements.fewest(3, this::openTheDesk);

            assertThat(thirty).as("statements for 30 partners against 3").isEqualTo(three);
            assertThat(three).as("partners, visibility, relationship tables, journeys, NPS").isLessThanOrEqualTo(13);
        }
    }

    /** What the desk view asks for: its rows and the NPS column for them. */
    private void openTheDesk() {
        var rows = desk.myPartners();
        surveys.companyTrends(rows.stream().map(row -> row.organization().organizationId()).toList());
    }

    private void admit(int count, String suffix, dev.partnerportal.shared.UserId manager) {
        for (int n = 0; n < count; n++) {
            OrganizationSummary organization = organizations.admit("Desk " + suffix + " " + UUID.randomUUID().toString()
                    .substring(0, 6), PartnerType.RESELLER, "EMEA", "REGISTERED", clock.instant());
            organizations.assignPartnerManager(organization.organizationId(), manager);
            journeys.start(organization.organizationId(), PartnerType.RESELLER);
        }
    }
}
