package dev.partnerportal.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.escalation.EscalationCategory;
import dev.partnerportal.escalation.EscalationSeverity;
import dev.partnerportal.escalation.Escalations;
import dev.partnerportal.escalation.NewEscalation;
import dev.partnerportal.health.RelationshipHealth;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.PartnerType;
import dev.partnerportal.plan.CommitmentStatus;
import dev.partnerportal.plan.JointPlans;
import dev.partnerportal.plan.NewCommitment;
import dev.partnerportal.plan.PlanCommitments;
import dev.partnerportal.relationship.CadenceEntry;
import dev.partnerportal.relationship.Conversations;
import dev.partnerportal.relationship.Department;
import dev.partnerportal.relationship.NextStepForm;
import dev.partnerportal.relationship.PartnerContactForm;
import dev.partnerportal.relationship.RelationshipTeam;
import dev.partnerportal.relationship.Side;
import dev.partnerportal.relationship.Topic;
import dev.partnerportal.relationship.TouchpointForm;
import dev.partnerportal.relationship.TouchpointKind;
import dev.partnerportal.relationship.VendorFunction;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.survey.SurveyResults;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.StatementCount;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The manager's desk reads every column for all of a manager's partners at once, the health column included:
 * listing 30 partners costs the same statements as listing 3 (Hibernate's statistics, switched on for this test
 * only). A manager of their own, so that other tests' partners do not count; two of the first three partners
 * have a relationship behind them (cadence, contact, touchpoint, plan with commitments, partner people, an escalation),
 * so that every health signal's batch queries find rows.
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
    Conversations conversations;
    @Autowired
    RelationshipTeam team;
    @Autowired
    JointPlans plans;
    @Autowired
    PlanCommitments commitments;
    @Autowired
    Escalations escalations;
    @Autowired
    CallerContext callers;
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
        var first = admit(3, suffix, manager);
        SignIn.as(provider, email);
        relationshipBehind(first.getFirst(), suffix);
        SignIn.as(provider, email);
        relationshipBehind(first.get(1), suffix + "b");
        SignIn.as(provider, email);

        try (var statements = StatementCount.on(entityManagerFactory)) {
            var three = statements.fewest(3, this::openTheDesk);
            var threeIds = partnerIds();
            var healthOfThree = statements.fewest(3, () -> health.rank(threeIds));
            admit(27, suffix, manager);
            SignIn.as(provider, email);
            assertThat(desk.myPartners()).hasSize(30);
            var thirty = statements.fewest(3, this::openTheDesk);
            var thirtyIds = partnerIds();
            var healthOfThirty = statements.fewest(3, () -> health.rank(thirtyIds));

            assertThat(thirty).as("statements for 30 partners against 3").isEqualTo(three);
            assertThat(healthOfThirty).as("health column for 30 partners against 3").isEqualTo(healthOfThree);
            assertThat(three).as("partners, visibility, relationship tables, journeys, NPS, health (%d, of which health %d)",
                    three, healthOfThree).isLessThanOrEqualTo(48);
        }
    }

    /** What the desk view asks for: its rows, the NPS column and the health column for them. */
    private void openTheDesk() {
        var ids = partnerIds();
        surveys.companyTrends(ids);
        assertThat(health.rank(ids)).hasSameSizeAs(ids);
    }

    private List<OrganizationId> partnerIds() {
        return desk.myPartners().stream().map(row -> row.organization().organizationId()).toList();
    }

    /**
     * An agreed cadence, a contact, a strategy review with a next step, a vendor contact, an approved plan with
     * commitments, a partner person who raised an escalation: rows for every signal to read. Signs in as the
     * partner person at the end.
     */
    private void relationshipBehind(OrganizationId organization, String suffix) {
        var today = LocalDate.now(clock);
        var manager = callers.require().userId();
        conversations.agreeCadence(organization, List.of(new CadenceEntry(TouchpointKind.BUSINESS_REVIEW, 4)));
        var contact = team.addPartnerContact(organization,
                new PartnerContactForm(Department.SALES, "Pat " + suffix, null, null, null, null));
        conversations.log(organization, new TouchpointForm(TouchpointKind.BUSINESS_REVIEW, today.minusDays(3),
                Set.of(Topic.STRATEGY), null, "Quarterly review", Set.of(manager), Set.of(contact.id()),
                List.of(new NextStepForm("Send the price list", "Pat", Side.PARTNER, today.plusDays(7)))));
        team.assignVendorContact(organization, VendorFunction.SUPPORT, manager, null);
        plans.start(organization, today.minusWeeks(3), 12);
        var done = commitments.add(organization, new NewCommitment("Kick-off", "Mona", null, 1));
        commitments.add(organization, new NewCommitment("Workshop", "Mona", null, 2));
        commitments.add(organization, new NewCommitment("Later", "Mona", null, 10));
        plans.submit(organization);
        plans.approve(organization);
        commitments.changeStatus(organization, done.id(), CommitmentStatus.DONE);
        var person = "person-" + suffix + "@desk.test";
        users.openPartnerAccount(person, "Person " + suffix, Role.PARTNER_ADMIN, organization,
                encoder.encode(SignIn.DEMO_PASSWORD), clock.instant());
        SignIn.as(provider, person);
        escalations.raise(organization, new NewEscalation(EscalationCategory.TECHNICAL, EscalationSeverity.HIGH,
                "Sign-in fails", "Since the update nobody can sign in."), null);
    }

    private List<OrganizationId> admit(int count, String suffix, dev.partnerportal.shared.UserId manager) {
        var admitted = new java.util.ArrayList<OrganizationId>();
        for (int n = 0; n < count; n++) {
            OrganizationSummary organization = organizations.admit("Desk " + suffix + " " + UUID.randomUUID().toString()
                    .substring(0, 6), PartnerType.RESELLER, "EMEA", "REGISTERED", clock.instant());
            organizations.assignPartnerManager(organization.organizationId(), manager);
            journeys.start(organization.organizationId(), PartnerType.RESELLER);
            admitted.add(organization.organizationId());
        }
        return admitted;
    }
}
