package dev.partnerportal.onboarding;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditFixtures;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.relationship.Conversations;
import dev.partnerportal.relationship.TouchpointForm;
import dev.partnerportal.relationship.TouchpointKind;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.testsupport.EventReactions;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Journeys, their tenancy, automatic completion and the manager's desk, on H2 and PostgreSQL. */
abstract class OnboardingContract {

    @Autowired
    ApplicationContext context;
    @Autowired
    OnboardingJourneys journeys;
    @Autowired
    PartnerDesk desk;
    @Autowired
    Conversations conversations;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    AuditFixtures audit;

    OrganizationId northwind;
    OrganizationId contoso;

    @BeforeEach
    void setUp() {
        clock.set(TestClockConfiguration.START);
        northwind = organizations.findByName("Northwind Traders").orElseThrow().organizationId();
        contoso = organizations.findByName("Contoso Ltd").orElseThrow().organizationId();
        jdbc.update("update onboarding_step set completed_at = null, completed_by = null");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void eachDemoOrganizationHasItsTypesJourneyWithDueDates() {
        SignIn.as(provider, "alice@northwind.test");
        var journey = journeys.mine();

        assertThat(journey.steps()).extracting(JourneyStep::kind).containsExactly(StepKind.SIGN_AGREEMENT,
                StepKind.KICKOFF_CALL, StepKind.DISCOVERY_SURVEY, StepKind.READ_CONTENT, StepKind.COMPLETE_COURSE);
        assertThat(journey.done()).isZero();
        assertThat(journey.steps().getFirst().dueOn()).isAfter(LocalDate.of(2026, 1, 1));
    }

    @Test
    void aPartnerSeesTheirOwnJourneyOnlyAndNotAnothers() {
        SignIn.as(provider, "bob@northwind.test");

        assertThat(journeys.of(northwind)).isPresent();
        assertThat(journeys.of(contoso)).isEmpty();
    }

    @Test
    void aPartnerAdministratorCompletesPartnerStepsOfTheirOwnOrganizationOnly() {
        var contosoStep = firstStep(contoso, StepOwner.PARTNER);
        var ownPartnerStep = firstStep(northwind, StepOwner.PARTNER);
        var ownManagerStep = firstStep(northwind, StepOwner.PARTNER_MANAGER);
        SignIn.as(provider, "alice@northwind.test");

        assertThat(journeys.complete(contosoStep)).isFalse();
        assertThat(journeys.complete(ownManagerStep)).isFalse();
        assertThat(journeys.complete(ownPartnerStep)).isTrue();

        assertThat(completed()).isEqualTo(1);
        assertThat(journeys.mine().done()).isEqualTo(1);
    }

    @Test
    void aPartnerAdministratorCannotTickOffTheStepsThatCompleteThemselves() {
        var automatic = List.of(step(northwind, StepKind.DISCOVERY_SURVEY), step(northwind, StepKind.READ_CONTENT),
                step(northwind, StepKind.COMPLETE_COURSE));
        SignIn.as(provider, "alice@northwind.test");

        assertThat(automatic).allSatisfy(step -> assertThat(journeys.complete(step)).isFalse());
        assertThatThrownBy(() -> journeys.completeWithReason(automatic.getFirst(), "We did it, honestly"))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(completed()).isZero();
        assertThat(journeys.mine().done()).isZero();
    }

    @Test
    void aManagerCompletesAnAutomaticStepOnlyWithAReasonAndTheReasonIsAudited() {
        var survey = step(northwind, StepKind.DISCOVERY_SURVEY);
        long before = audit.recorded(AuditAction.ONBOARDING_STEP_COMPLETED_BY_STAFF).size();
        SignIn.as(provider, "manager@vendor.test");

        assertThat(journeys.complete(survey)).isFalse();
        assertThatThrownBy(() -> journeys.completeWithReason(survey, "  ")).is(refusal("onboarding.reason-required"));
        assertThat(completed()).isZero();

        assertThat(journeys.completeWithReason(survey, "Answered the discovery survey on paper at the kickoff")).isTrue();
        assertThat(journeys.completeWithReason(survey, "Twice")).isFalse();

        assertThat(completed()).isEqualTo(1);
        var entries = audit.recorded(AuditAction.ONBOARDING_STEP_COMPLETED_BY_STAFF);
        assertThat(entries).hasSize((int) before + 1);
        assertThat(entries.getLast().actor()).isEqualTo("manager@vendor.test");
        assertThat(entries.getLast().organizationId()).isEqualTo(northwind.value());
        assertThat(entries.getLast().detail()).startsWith("DISCOVERY_SURVEY").endsWith("on paper at the kickoff");
    }

    @Test
    void partnerUsersCannotCompleteStepsByHand() {
        var step = firstStep(northwind, StepOwner.PARTNER);
        SignIn.as(provider, "bob@northwind.test");

        assertThatThrownBy(() -> journeys.complete(step)).isInstanceOf(AccessDeniedException.class);
        assertThat(completed()).isZero();
    }

    @Test
    void readingTheNamedContentCompletesTheStepByItself() {
        transaction.executeWithoutResult(status ->
                events.publishEvent(new OnboardingActivity(northwind, StepKind.READ_CONTENT, "your-first-30-days-in-the-program")));
        transaction.executeWithoutResult(status ->
                events.publishEvent(new OnboardingActivity(northwind, StepKind.READ_CONTENT, "some-other-item")));
        EventReactions.awaitSettled(context); // steps complete after the activity commits

        SignIn.as(provider, "alice@northwind.test");
        var steps = journeys.mine().steps();
        assertThat(steps).filteredOn(JourneyStep::done).extracting(JourneyStep::kind).containsExactly(StepKind.READ_CONTENT);
        SignIn.as(provider, "carol@contoso.test");
        assertThat(journeys.mine().done()).isZero();
    }

    @Test
    void stepsPastTheirDueDateStandOut() {
        clock.advance(Duration.ofDays(10));
        SignIn.as(provider, "carol@contoso.test");

        var overdue = journeys.mine().steps().stream().filter(JourneyStep::overdue).toList();

        assertThat(overdue).extracting(JourneyStep::kind).containsExactly(StepKind.SIGN_AGREEMENT);
    }

    @Test
    void theManagersDeskListsTheirPartnersAndTouchpoints() {
        SignIn.as(provider, "manager@vendor.test");

        assertThat(desk.myPartners()).extracting(row -> row.organization().name())
                .contains("Northwind Traders", "Contoso Ltd");
        assertThat(journeys.complete(firstStep(contoso, StepOwner.PARTNER_MANAGER))).isTrue();

        // The desk's last contact is the relationship feature's latest touchpoint.
        conversations.log(contoso, new TouchpointForm(TouchpointKind.CALL, LocalDate.of(2026, 11, 1), Set.of(), null,
                "Kickoff done.", Set.of(), Set.of(), List.of()));
        assertThat(desk.myPartners()).filteredOn(row -> row.organization().organizationId().equals(contoso))
                .singleElement().extracting(PartnerDesk.DeskRow::lastTouchpoint).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void partnersHaveNoDesk() {
        SignIn.as(provider, "alice@northwind.test");

        assertThatThrownBy(() -> desk.myPartners()).isInstanceOf(AccessDeniedException.class);
    }

    private long firstStep(OrganizationId organization, StepOwner owner) {
        return jdbc.queryForObject("select min(id) from onboarding_step where organization_id = ? and owner = ?",
                Long.class, organization.value(), owner.name());
    }

    private long step(OrganizationId organization, StepKind kind) {
        return jdbc.queryForObject("select id from onboarding_step where organization_id = ? and kind = ?",
                Long.class, organization.value(), kind.name());
    }

    private long completed() {
        return jdbc.queryForObject("select count(*) from onboarding_step where completed_at is not null", Long.class);
    }
}
