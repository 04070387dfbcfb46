package dev.partnerportal.relationship;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.escalation.EscalationContacts;
import dev.partnerportal.health.HealthFact;
import dev.partnerportal.health.HealthReading;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.PartnerType;
import dev.partnerportal.recruitment.ApplicationForm;
import dev.partnerportal.recruitment.Recruitment;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;
import dev.partnerportal.testsupport.EventReactions;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Team, escalation path, cadence, next steps and breadth of a fresh partner; on H2 and PostgreSQL. */
abstract class RelationshipContract {

    @Autowired
    RelationshipTeam team;
    @Autowired
    Conversations conversations;
    @Autowired
    EscalationContacts escalationContacts;
    @Autowired
    CadenceSignal cadenceSignal;
    @Autowired
    BreadthSignal breadthSignal;
    @Autowired
    Recruitment recruitment;
    @Autowired
    UserAccounts users;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;

    OrganizationId fresh;
    LocalDate start;
    UserId mona;
    UserId ada;
    UserId eddie;

    @BeforeEach
    void aFreshlyApprovedPartnerManagedByMona() {
        clock.set(TestClockConfiguration.START);
        start = LocalDate.now(clock);
        jdbc.update("delete from throttle_entry where kind = 'PARTNER_APPLICATION'");
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        var id = recruitment.apply(new ApplicationForm("Relationship Test " + suffix, null, PartnerType.RESELLER, "EMEA",
                "Owner", "owner-" + suffix + "@relationship.test", 3, 3, 3, 3, null), "", "192.0.2.60").orElseThrow();
        SignIn.as(provider, "manager@vendor.test");
        fresh = recruitment.approve(id).organizationId();
        EventReactions.awaitSettled(context);
        mona = user("manager@vendor.test");
        ada = user("admin@vendor.test");
        eddie = user("editor@vendor.test");
    }

    @AfterEach
    void signOut() {
        clock.set(TestClockConfiguration.START);
        SignIn.out();
    }

    @Test
    void theEscalationPathCallsSupportThenThePartnerManagerThenTheSponsorUnlessAgreedOtherwise() {
        team.assignVendorContact(fresh, VendorFunction.SUPPORT, eddie, "+1 555 0199");
        team.assignVendorContact(fresh, VendorFunction.EXECUTIVE_SPONSOR, ada, null);

        var path = team.team(fresh).orElseThrow().escalationPath();
        assertThat(path).extracting(EscalationContact::position).containsExactly(1, 2, 3);
        assertThat(path).extracting(EscalationContact::step)
                .containsExactly(EscalationStep.SUPPORT, EscalationStep.PARTNER_MANAGER, EscalationStep.EXECUTIVE_SPONSOR);
        assertThat(path).extracting(c -> c.person().id()).containsExactly(eddie, mona, ada);
        assertThat(path.getFirst().person().phone()).isEqualTo("+1 555 0199");
        // The escalation feature reaches the partner manager anyway: the SPI names the others, in order.
        assertThat(escalationContacts.contactsFor(fresh)).containsExactly(eddie, ada);

        team.changeEscalationPath(fresh, List.of(EscalationStep.EXECUTIVE_SPONSOR, EscalationStep.SALES, EscalationStep.SUPPORT));
        // Nobody is named for sales: that step is skipped, not left empty.
        assertThat(team.team(fresh).orElseThrow().escalationPath()).extracting(c -> c.person().id()).containsExactly(ada, eddie);
        assertThatThrownBy(() -> team.changeEscalationPath(fresh, List.of(EscalationStep.SUPPORT, EscalationStep.SUPPORT)))
                .is(refusal("relationship.duplicate-step"));
        assertThatThrownBy(() -> team.assignVendorContact(fresh, VendorFunction.SALES, user("alice@northwind.test"), null))
                .is(refusal("relationship.not-staff"));
        assertThat(audited("ESCALATION_PATH_CHANGED")).isEqualTo(1);
        assertThat(audited("VENDOR_CONTACT_CHANGED")).isEqualTo(2);
    }

    @Test
    void cadenceIsOverdueOneIntervalAfterTheLastTouchpointOfItsKindOrTheAgreement() {
        conversations.agreeCadence(fresh, List.of(new CadenceEntry(TouchpointKind.CALL, 4),
                new CadenceEntry(TouchpointKind.BUSINESS_REVIEW, 13)));
        log(TouchpointKind.CALL, start, Set.of(Topic.PIPELINE));

        clock.advance(Duration.ofDays(28));
        assertThat(conversations.summary(fresh).orElseThrow().overdueCadence()).isEmpty();
        clock.advance(Duration.ofDays(1));
        var cadence = conversations.cadence(fresh).orElseThrow();
        assertThat(cadence).filteredOn(CadenceStatus::overdue).extracting(s -> s.entry().kind()).containsExactly(TouchpointKind.CALL);
        assertThat(cadence).filteredOn(s -> s.entry().kind() == TouchpointKind.CALL).singleElement()
                .satisfies(s -> assertThat(s.due()).isEqualTo(start.plusWeeks(4)));
        // The business review is counted from the agreement: due after 13 weeks.
        assertThat(cadence).filteredOn(s -> s.entry().kind() == TouchpointKind.BUSINESS_REVIEW).singleElement()
                .satisfies(s -> assertThat(s.due()).isEqualTo(start.plusWeeks(13)));

        // Agreeing the same rhythm again keeps its date; a call today clears the flag.
        conversations.agreeCadence(fresh, List.of(new CadenceEntry(TouchpointKind.CALL, 4),
                new CadenceEntry(TouchpointKind.BUSINESS_REVIEW, 13)));
        log(TouchpointKind.CALL, LocalDate.now(clock), Set.of());
        assertThat(conversations.summary(fresh).orElseThrow().overdueCadence()).isEmpty();
        assertThatThrownBy(() -> conversations.agreeCadence(fresh, List.of(new CadenceEntry(TouchpointKind.CALL, 4),
                new CadenceEntry(TouchpointKind.CALL, 2)))).is(refusal("relationship.duplicate-cadence-kind"));
        assertThatThrownBy(() -> new CadenceEntry(TouchpointKind.CALL, 0)).is(refusal("relationship.cadence-out-of-range"));
    }

    @Test
    void nextStepsAreOverdueAfterTheirDayUntilDoneAndABusinessReviewStartsWithStrategy() {
        var review = conversations.log(fresh, new TouchpointForm(TouchpointKind.BUSINESS_REVIEW, start, Set.of(), null, "Review",
                Set.of(mona), Set.of(), List.of(new NextStepForm("Send the deck", "Mona Manager", Side.VENDOR, start.plusDays(3)),
                        new NextStepForm("Name a sponsor", "Owner", Side.PARTNER, start.plusDays(10)))));
        assertThat(review.topics()).first().isEqualTo(Topic.STRATEGY);
        assertThat(review.topics()).containsExactlyElementsOf(conversations.businessReviewTemplate().agenda());

        clock.advance(Duration.ofDays(5));
        assertThat(conversations.summary(fresh).orElseThrow().overdueNextSteps()).isEqualTo(1);
        var overdue = conversations.touchpoints(fresh).orElseThrow().getFirst().nextSteps().stream()
                .filter(NextStepEntry::overdue).toList();
        assertThat(overdue).extracting(NextStepEntry::description).containsExactly("Send the deck");

        assertThat(conversations.completeNextStep(overdue.getFirst().id())).isTrue();
        assertThat(conversations.summary(fresh).orElseThrow().overdueNextSteps()).isZero();
        assertThat(conversations.completeNextStep(Long.MAX_VALUE)).isFalse();
        assertThatThrownBy(() -> log(TouchpointKind.CALL, LocalDate.now(clock).plusDays(1), Set.of()))
                .is(refusal("relationship.touchpoint-in-future"));
        assertThat(audited("TOUCHPOINT_LOGGED")).isEqualTo(1);
        assertThat(audited("NEXT_STEP_DONE")).isEqualTo(1);
    }

    @Test
    void breadthCountsDepartmentsCoveredAndPeopleEngagedInTheLast90Days() {
        var sales = team.addPartnerContact(fresh, contact(Department.SALES, "Sara Sales"));
        team.addPartnerContact(fresh, contact(Department.SALES, "Sid Sales"));
        team.addPartnerContact(fresh, contact(Department.TECHNICAL, "Tara Tech"));
        team.assignVendorContact(fresh, VendorFunction.SUPPORT, eddie, null);
        conversations.log(fresh, new TouchpointForm(TouchpointKind.CALL, start, Set.of(), null, "Hello", Set.of(mona),
                Set.of(sales.id()), List.of()));

        var breadth = team.team(fresh).orElseThrow().breadth();
        assertThat(breadth.departmentsCovered()).containsExactlyInAnyOrder(Department.SALES, Department.TECHNICAL);
        // One partner contact attended; the vendor side is Eddie (support) and Mona (partner manager).
        assertThat(breadth.partnerPeopleEngaged()).isEqualTo(1);
        assertThat(breadth.vendorPeople()).isEqualTo(2);
        // 60 x 2/5 + 40 x 3/10 = 36
        assertThat(breadthSignal.read(fresh, start).orElseThrow().score()).isEqualTo(36);

        clock.advance(Duration.ofDays(91));
        assertThat(team.team(fresh).orElseThrow().breadth().partnerPeopleEngaged()).isZero();
        assertThat(breadthSignal.read(fresh, LocalDate.now(clock)).orElseThrow())
                .satisfies(reading -> assertThat(reading.score()).isEqualTo(32))
                .extracting(HealthReading::facts).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .contains(new HealthFact("relationship.health.fact.departments-covered", 2));
        assertThat(audited("PARTNER_CONTACT_ADDED")).isEqualTo(3);
    }

    @Test
    void cadenceHealthIsHeldAgainstExpectedPlusStrategyAndZeroWithoutACadence() {
        var none = cadenceSignal.read(fresh, start).orElseThrow();
        assertThat(none.score()).isZero();
        assertThat(none.reasonKey()).isEqualTo("relationship.health.reason.no-cadence");

        conversations.agreeCadence(fresh, List.of(new CadenceEntry(TouchpointKind.CALL, 4)));
        clock.advance(Duration.ofDays(90));
        log(TouchpointKind.CALL, start.plusDays(10), Set.of(Topic.STRATEGY));
        log(TouchpointKind.CALL, start.plusDays(40), Set.of(Topic.PIPELINE));

        var reading = cadenceSignal.read(fresh, LocalDate.now(clock)).orElseThrow();
        // 90 days / 28 = 3 calls expected, 2 held: 80 x 2/3 = 53, plus 20 for strategy; the last call was due on day 68.
        assertThat(reading.score()).isEqualTo(73);
        assertThat(reading.reasonKey()).isEqualTo("relationship.health.reason.cadence-overdue");
        assertThat(reading.reasonArguments()).containsExactly(22L);
    }

    @Test
    void partnerUsersReadTheirTeamButOnlyAdministratorsChangeItAndContentEditorsSeeNoRelationships() {
        var northwind = OrganizationId.of(jdbc.queryForObject("select id from partner_organization where name = 'Northwind Traders'", Long.class));
        SignIn.as(provider, "bob@northwind.test");
        assertThat(team.myTeam().organization()).isEqualTo(northwind);
        assertThat(conversations.touchpoints(northwind)).isPresent();
        assertThatThrownBy(() -> team.addPartnerContact(northwind, contact(Department.FINANCE, "Fay")))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(provider, "alice@northwind.test");
        long before = count("partner_contact");
        var added = team.addPartnerContact(northwind, new PartnerContactForm(Department.FINANCE, "Fay Finance", "CFO",
                "fay@northwind.test", null, user("bob@northwind.test")));
        assertThat(team.myTeam().partnerContacts()).extracting(PartnerContactEntry::name).contains("Fay Finance");
        assertThatThrownBy(() -> team.addPartnerContact(northwind, new PartnerContactForm(Department.FINANCE, "Carl", null,
                null, null, user("carol@contoso.test")))).is(refusal("relationship.account-of-another-organization"));
        assertThatThrownBy(() -> team.assignVendorContact(northwind, VendorFunction.SALES, mona, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(team.removePartnerContact(added.id())).isTrue();
        assertThat(count("partner_contact")).isEqualTo(before);

        SignIn.as(provider, "editor@vendor.test");
        assertThatThrownBy(() -> team.team(northwind)).isInstanceOf(AccessDeniedException.class);
    }

    private void log(TouchpointKind kind, LocalDate day, Set<Topic> topics) {
        conversations.log(fresh, new TouchpointForm(kind, day, topics, null, "Notes", Set.of(), Set.of(), List.of()));
    }

    private PartnerContactForm contact(Department department, String name) {
        return new PartnerContactForm(department, name, null, null, null, null);
    }

    private UserId user(String email) {
        return users.findByEmail(email).orElseThrow().id();
    }

    private long audited(String action) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and organization_id = ?", Long.class,
                action, fresh.value());
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
