package dev.partnerportal.plan;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.health.HealthFact;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Joint plans and commitments on a real database (H2 and PostgreSQL): every rule of issue 13 section 5. */
abstract class JointPlansContract {

    static final String MANAGER = "manager@vendor.test";

    @Autowired
    JointPlans plans;
    @Autowired
    PlanCommitments commitments;
    @Autowired
    PlanExecutionSignal signal;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    UserAccounts users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    PlanFixtures.Partner partner;
    LocalDate today;

    @BeforeEach
    void aFreshPartnerWithAPlanStartingToday() {
        clock.set(TestClockConfiguration.START);
        today = LocalDate.ofInstant(TestClockConfiguration.START, ZoneOffset.UTC);
        partner = PlanFixtures.partner(organizations, users, encoder, clock.instant());
        SignIn.as(provider, MANAGER);
        plans.start(partner.organization(), today, 12);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
        clock.set(TestClockConfiguration.START);
    }

    @Test
    void eachSideEditsOnlyItsOwnSections() {
        SignIn.as(provider, partner.admin());
        var edited = plans.edit(partner.organization(), new PlanEdit(Map.of(PlanSection.TARGET_MARKET, "Retail in EMEA"),
                List.of(new PlanObjective("Win new logos", "signed deals", "12"))));
        assertThat(edited.section(PlanSection.TARGET_MARKET)).isEqualTo("Retail in EMEA");
        assertThat(edited.editableSide()).isEqualTo(PlanSide.PARTNER);
        assertThatThrownBy(() -> plans.edit(partner.organization(), new PlanEdit(Map.of(PlanSection.VENDOR_ROLES, "Us"), null)))
                .is(refusal("plan.other-side"));

        SignIn.as(provider, MANAGER);
        plans.edit(partner.organization(), new PlanEdit(Map.of(PlanSection.VENDOR_ROLES, "Mona leads"), null));
        assertThatThrownBy(() -> plans.edit(partner.organization(), new PlanEdit(Map.of(),
                List.of(new PlanObjective("Other", "metric", "1"))))).is(refusal("plan.other-side"));
        var plan = plans.current(partner.organization()).orElseThrow();
        assertThat(plan.sections()).containsExactlyInAnyOrderEntriesOf(Map.of(
                PlanSection.TARGET_MARKET, "Retail in EMEA", PlanSection.VENDOR_ROLES, "Mona leads"));
        assertThat(plan.objectives()).containsExactly(new PlanObjective("Win new logos", "signed deals", "12"));
        assertThat(plan.version()).isEqualTo(1);

        SignIn.as(provider, partner.user());
        assertThatThrownBy(() -> plans.edit(partner.organization(), new PlanEdit(Map.of(PlanSection.TARGET_MARKET, "x"), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(plans.current(partner.organization()).orElseThrow().editableSide()).isNull();
    }

    @Test
    void onlyTheSubmittedPlanIsApprovedAndOnlyByThePartnerManager() {
        assertThatThrownBy(() -> plans.approve(partner.organization())).is(refusal("plan.not-submitted"));
        SignIn.as(provider, partner.admin());
        assertThat(plans.submit(partner.organization()).status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThatThrownBy(() -> plans.approve(partner.organization())).isInstanceOf(AccessDeniedException.class);

        SignIn.as(provider, PlanFixtures.otherManager(users, encoder, clock.instant()));
        assertThatThrownBy(() -> plans.approve(partner.organization())).is(refusal("plan.not-partner-manager"));

        SignIn.as(provider, MANAGER);
        var approved = plans.approve(partner.organization());
        assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(approved.approvedVersion()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PLAN_APPROVED' and organization_id = ?",
                Long.class, partner.organization().value())).isEqualTo(1);
    }

    @Test
    void anEditAfterApprovalOpensTheNextVersionAndVersionsDiff() {
        SignIn.as(provider, partner.admin());
        plans.edit(partner.organization(), new PlanEdit(Map.of(PlanSection.PARTNER_RESOURCES, "Two sellers\nOne engineer"), null));
        plans.submit(partner.organization());
        SignIn.as(provider, MANAGER);
        plans.approve(partner.organization());

        SignIn.as(provider, partner.admin());
        var second = plans.edit(partner.organization(),
                new PlanEdit(Map.of(PlanSection.PARTNER_RESOURCES, "Two sellers\nTwo engineers"), null));
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(second.approvedVersion()).isEqualTo(1);
        assertThat(plans.versions(partner.organization()).orElseThrow())
                .extracting(PlanVersionSummary::number, PlanVersionSummary::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, PlanStatus.DRAFT),
                        org.assertj.core.groups.Tuple.tuple(1, PlanStatus.APPROVED));

        var diff = plans.diff(partner.organization(), 1, 2);
        assertThat(diff.changes()).hasSize(1);
        assertThat(diff.changes().getFirst().section()).isEqualTo(PlanSection.PARTNER_RESOURCES);
        assertThat(diff.changes().getFirst().lines()).containsExactly(
                new PlanDiff.Line(PlanDiff.Kind.KEPT, "Two sellers"),
                new PlanDiff.Line(PlanDiff.Kind.REMOVED, "One engineer"),
                new PlanDiff.Line(PlanDiff.Kind.ADDED, "Two engineers"));
        assertThatThrownBy(() -> plans.diff(partner.organization(), 1, 7)).is(refusal("plan.unknown-version"));
    }

    @Test
    void aCommitmentOpenAfterItsDueWeekIsOverdueOnBothHomesUntilDone() {
        SignIn.as(provider, partner.admin());
        var commitment = commitments.add(partner.organization(), new NewCommitment("Certify two engineers", "Alex", null, 2));
        assertThat(commitment.side()).isEqualTo(PlanSide.PARTNER);
        assertThat(commitment.dueBy()).isEqualTo(today.plusDays(13));
        assertThatThrownBy(() -> commitments.add(partner.organization(), new NewCommitment("Too late", "Alex", null, 13)))
                .is(refusal("plan.due-week-out-of-range"));

        clock.advance(Duration.ofDays(13)); // the last day of week 2
        assertThat(commitments.overdueForHome()).isEmpty();
        clock.advance(Duration.ofDays(1));
        assertThat(commitments.overdueForHome()).extracting(o -> o.commitment().id()).containsExactly(commitment.id());
        SignIn.as(provider, MANAGER);
        assertThat(commitments.overdueForHome()).extracting(o -> o.commitment().id()).contains(commitment.id());
        assertThat(commitments.overdue(partner.organization())).hasSize(1);
        assertThatThrownBy(() -> commitments.checkIn(partner.organization(), commitment.id(), 50, "vendor cannot"))
                .is(refusal("plan.other-side"));

        SignIn.as(provider, partner.user());
        var done = commitments.checkIn(partner.organization(), commitment.id(), 100, "Both passed");
        assertThat(done.status()).isEqualTo(CommitmentStatus.DONE);
        assertThat(done.overdue()).isFalse();
        assertThat(commitments.overdueForHome()).isEmpty();
        assertThat(commitments.checkIns(partner.organization(), commitment.id()).orElseThrow())
                .extracting(CommitmentCheckIn::progress, CommitmentCheckIn::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(100, "Both passed"));
    }

    @Test
    void planExecutionReadsCommitmentsDoneOnTimeAgainstOverdueAndLowWithoutAnApprovedPlan() {
        var draft = signal.read(partner.organization(), today).orElseThrow();
        assertThat(draft.score()).isEqualTo(PlanExecutionSignal.NO_APPROVED_PLAN_SCORE);
        assertThat(draft.reasonKey()).isEqualTo("plan.health.reason.no-approved-plan");

        SignIn.as(provider, MANAGER);
        var onTime = commitments.add(partner.organization(), new NewCommitment("Kick-off", "Mona", null, 1));
        commitments.add(partner.organization(), new NewCommitment("Workshop", "Mona", null, 2));
        commitments.add(partner.organization(), new NewCommitment("Later", "Mona", null, 10));
        plans.submit(partner.organization());
        plans.approve(partner.organization());
        commitments.changeStatus(partner.organization(), onTime.id(), CommitmentStatus.DONE);

        var reading = signal.read(partner.organization(), today.plusWeeks(3)).orElseThrow();
        assertThat(reading.score()).isEqualTo(50);
        assertThat(reading.reasonKey()).isEqualTo("plan.health.reason.overdue");
        assertThat(reading.reasonArguments()).containsExactly(1, 2);
        assertThat(reading.facts()).extracting(HealthFact::labelKey, HealthFact::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("plan.health.fact.due", 2L),
                org.assertj.core.groups.Tuple.tuple("plan.health.fact.on-time", 1L),
                org.assertj.core.groups.Tuple.tuple("plan.health.fact.late", 0L),
                org.assertj.core.groups.Tuple.tuple("plan.health.fact.overdue", 1L),
                org.assertj.core.groups.Tuple.tuple("plan.health.fact.not-yet-due", 1L));
    }

    @Test
    void anotherOrganizationsPlanIsNotThereForAPartnerInEitherDirection() {
        var other = PlanFixtures.partner(organizations, users, encoder, clock.instant());
        SignIn.as(provider, MANAGER);
        plans.start(other.organization(), today, 12);
        var theirs = commitments.add(other.organization(), new NewCommitment("Their commitment", "Mona", null, 3));
        var ours = commitments.add(partner.organization(), new NewCommitment("Our commitment", "Mona", null, 3));
        var auditBefore = jdbc.queryForObject("select count(*) from audit_entry", Long.class);

        for (var pair : List.of(List.of(partner, other), List.of(other, partner))) {
            var me = pair.get(0);
            var them = pair.get(1);
            var theirCommitment = them == other ? theirs : ours;
            SignIn.as(provider, me.admin());
            assertThat(plans.current(them.organization())).isEmpty();
            assertThat(plans.versions(them.organization())).isEmpty();
            assertThat(commitments.overdue(them.organization())).isEmpty();
            assertThat(commitments.checkIns(them.organization(), theirCommitment.id())).isEmpty();
            assertThatThrownBy(() -> plans.edit(them.organization(), new PlanEdit(Map.of(PlanSection.TARGET_MARKET, "x"), null)))
                    .is(refusal("plan.not-found"));
            assertThatThrownBy(() -> plans.submit(them.organization())).is(refusal("plan.not-found"));
            assertThatThrownBy(() -> plans.diff(them.organization(), 1, 1)).is(refusal("plan.not-found"));
            assertThatThrownBy(() -> plans.start(them.organization(), today.plusWeeks(12), 12)).is(refusal("plan.not-found"));
            assertThatThrownBy(() -> commitments.add(them.organization(), new NewCommitment("x", "y", null, 1)))
                    .is(refusal("plan.not-found"));
            assertThatThrownBy(() -> commitments.changeStatus(them.organization(), theirCommitment.id(), CommitmentStatus.DROPPED))
                    .is(refusal("plan.not-found"));
            // Their commitment's id through my own organization is not found either.
            assertThatThrownBy(() -> commitments.checkIn(me.organization(), theirCommitment.id(), 10, "x"))
                    .is(refusal("plan.not-found"));
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(auditBefore);
        SignIn.as(provider, MANAGER);
        assertThat(plans.current(other.organization()).orElseThrow().sections()).isEmpty();
        assertThat(plans.current(other.organization()).orElseThrow().commitments())
                .extracting(PlanCommitment::status, PlanCommitment::progress)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CommitmentStatus.OPEN, 0));
    }

    @Test
    void theDemoPlansTellTheirStories() {
        var northwind = organizations.findByName("Northwind Traders").orElseThrow().organizationId();
        var contoso = organizations.findByName("Contoso Ltd").orElseThrow().organizationId();

        var onTrack = signal.read(northwind, today).orElseThrow();
        assertThat(onTrack.score()).isEqualTo(100);
        assertThat(onTrack.reasonKey()).isEqualTo("plan.health.reason.on-track");
        assertThat(signal.read(contoso, today).orElseThrow().reasonKey()).isEqualTo("plan.health.reason.no-approved-plan");
        SignIn.as(provider, "alice@northwind.test");
        assertThat(plans.current(northwind).orElseThrow()).extracting(JointPlan::status, JointPlan::currentWeek)
                .containsExactly(PlanStatus.APPROVED, 7);
    }
}
