package dev.partnerportal.health;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditFixtures;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.ManagerVisibility;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.PartnerType;
import dev.partnerportal.partner.PartnerVisibility;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Weights, snapshots, signals and who sees whose health; on H2 and PostgreSQL. */
abstract class RelationshipHealthContract {

    @Autowired
    RelationshipHealth health;
    @Autowired
    HealthEvaluation evaluation;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    PartnerVisibility visibility;
    @Autowired
    UserAccounts users;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    AuditFixtures audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    OrganizationId northwind;
    OrganizationId contoso;

    @BeforeEach
    void demoPartners() {
        clock.set(TestClockConfiguration.START);
        northwind = organizations.findByName("Northwind Traders").orElseThrow().organizationId();
        contoso = organizations.findByName("Contoso Ltd").orElseThrow().organizationId();
    }

    @AfterEach
    void equalWeightsAgain() {
        jdbc.update("update health_weight set weight = 1");
        SignIn.out();
    }

    @Test
    void administratorsWeighTheComponentsAuditedAndRefusalsChangeNothing() {
        SignIn.as(provider, "admin@vendor.test");
        assertThat(health.weights()).isEqualTo(HealthWeights.equal());
        var onlyEnablement = weights(HealthComponent.ENABLEMENT, 2);
        var entries = audit.recorded(AuditAction.HEALTH_WEIGHTS_CHANGED).size();

        health.changeWeights(onlyEnablement);

        assertThat(health.weights()).isEqualTo(onlyEnablement);
        var northwindHealth = health.of(northwind).orElseThrow().health();
        assertThat(northwindHealth.score())
                .isEqualTo(northwindHealth.component(HealthComponent.ENABLEMENT).orElseThrow().score());
        var recorded = audit.recorded(AuditAction.HEALTH_WEIGHTS_CHANGED);
        assertThat(recorded).hasSize(entries + 1);
        assertThat(recorded.getLast().detail()).contains("CADENCE=1").endsWith("PLAN_EXECUTION=0");
        assertThat(recorded.getLast().actor()).isEqualTo("admin@vendor.test");

        var zero = new EnumMap<HealthComponent, Integer>(HealthComponent.class);
        onlyEnablement.weights().forEach((component, weight) -> zero.put(component, 0));
        assertThatThrownBy(() -> health.changeWeights(new HealthWeights(zero))).is(refusal("health.weights-all-zero"));
        assertThat(jdbc.queryForObject("select sum(weight) from health_weight", Integer.class)).isEqualTo(2);

        SignIn.as(provider, "manager@vendor.test");
        assertThatThrownBy(() -> health.changeWeights(HealthWeights.equal())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> health.weights()).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.recorded(AuditAction.HEALTH_WEIGHTS_CHANGED)).hasSize(entries + 1);
    }

    @Test
    void snapshotsKeepOnePerOrganizationAndDayAndTheTrendShowsTheLastTwelveOldestFirst() {
        jdbc.update("delete from health_snapshot where organization_id = ?", contoso.value());
        for (int week = 20; week >= 1; week--) {
            insertSnapshot(contoso, LocalDate.of(2026, 11, 2).minusWeeks(week), week);
        }
        SignIn.as(provider, "admin@vendor.test");

        var taken = health.takeSnapshots();
        health.takeSnapshots();

        assertThat(taken).isEqualTo(jdbc.queryForObject("select count(*) from partner_organization", Integer.class));
        assertThat(jdbc.queryForObject("select count(*) from health_snapshot where organization_id = ? and taken_on = ?",
                Integer.class, contoso.value(), LocalDate.of(2026, 11, 2))).isOne();
        var trend = health.of(contoso).orElseThrow().trend();
        assertThat(trend).hasSize(OrganizationHealth.TREND_LENGTH);
        assertThat(trend.getFirst()).isEqualTo(new OrganizationHealth.SnapshotPoint(LocalDate.of(2026, 11, 2).minusWeeks(11), 11));
        assertThat(trend.getLast().takenOn()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(trend.getLast().score()).isEqualTo(health.of(contoso).orElseThrow().health().score());
        assertThat(jdbc.queryForObject("select count(*) from health_snapshot_component c join health_snapshot s "
                + "on s.id = c.snapshot_id where s.organization_id = ? and s.taken_on = ?", Integer.class,
                contoso.value(), LocalDate.of(2026, 11, 2))).isEqualTo(HealthComponent.values().length);
    }

    @Test
    void theWeeklyJobRunsWithoutAnyoneSignedIn() {
        clock.advance(Duration.ofDays(7));
        SignIn.out();

        health.weeklySnapshot();

        assertThat(jdbc.queryForObject("select count(*) from health_snapshot where taken_on = ?", Integer.class,
                LocalDate.of(2026, 11, 9))).isEqualTo(jdbc.queryForObject("select count(*) from partner_organization", Integer.class));
        jdbc.update("delete from health_snapshot where taken_on = ?", LocalDate.of(2026, 11, 9));
    }

    @Test
    void engagementAndCertificationReadTheOrganizationsPeople() {
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        var fresh = organizations.admit("Health " + suffix, PartnerType.RESELLER, "EMEA", "REGISTERED", clock.instant())
                .organizationId();
        users.openPartnerAccount("one-" + suffix + "@health.test", "One", Role.PARTNER_ADMIN, fresh, "x", clock.instant());
        users.openPartnerAccount("two-" + suffix + "@health.test", "Two", Role.PARTNER_USER, fresh, "x", clock.instant());
        signedIn("one-" + suffix + "@health.test", fresh, 3);
        signedIn("one-" + suffix + "@health.test", fresh, 5);
        signedIn("two-" + suffix + "@health.test", fresh, 31);
        SignIn.as(provider, "admin@vendor.test");

        var components = health.of(fresh).orElseThrow().health();

        var engagement = components.component(HealthComponent.ENGAGEMENT).orElseThrow();
        assertThat(engagement.score()).isEqualTo(50);
        assertThat(engagement.facts()).containsExactly(new HealthFact("identity.health.fact.active", 1),
                new HealthFact("identity.health.fact.people", 2));
        var enablement = components.component(HealthComponent.ENABLEMENT).orElseThrow();
        assertThat(enablement.measured()).isTrue();
        assertThat(enablement.score()).isZero();
        assertThat(enablement.reasons()).extracting(HealthReason::key).containsExactly("certification.health.reason.none");
    }

    @Test
    void partnersReadTheirOwnHealthOnlyInBothDirections() {
        SignIn.as(provider, "alice@northwind.test");
        assertThat(health.of(northwind)).isPresent();
        assertThat(health.of(contoso)).isEmpty();
        assertThatThrownBy(() -> health.rank(List.of(northwind))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> health.takeSnapshots()).isInstanceOf(AccessDeniedException.class);

        SignIn.as(provider, "carol@contoso.test");
        assertThat(health.of(contoso).orElseThrow().name()).isEqualTo("Contoso Ltd");
        assertThat(health.of(northwind)).isEmpty();
        assertThat(health.of(new OrganizationId(987_654))).isEmpty();

        SignIn.as(provider, "editor@vendor.test");
        assertThatThrownBy(() -> health.of(northwind)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void channelManagersLimitedToTheirOwnPartnersSeeNoOtherHealth() {
        var unmanaged = organizations.admit("Unmanaged " + UUID.randomUUID().toString().substring(0, 6),
                PartnerType.AGENCY, "APAC", "REGISTERED", clock.instant()).organizationId();
        SignIn.as(provider, "admin@vendor.test");
        visibility.change(ManagerVisibility.OWN);
        try {
            SignIn.as(provider, "manager@vendor.test");
            assertThat(health.of(unmanaged)).isEmpty();
            assertThat(health.rank(List.of(unmanaged, contoso, northwind)))
                    .extracting(HealthRanking::organization).containsExactlyInAnyOrder(contoso, northwind);
        } finally {
            SignIn.as(provider, "admin@vendor.test");
            visibility.change(ManagerVisibility.ALL);
        }
        SignIn.as(provider, "manager@vendor.test");
        var ranking = health.rank(List.of(unmanaged, contoso, northwind));
        assertThat(ranking).hasSize(3);
        assertThat(ranking).extracting(HealthRanking::score).isSorted();
    }

    @Test
    void rankingManyScoresEachAsReadingItAloneAndLeavesOutWhatTheCallerMayNotSee() {
        var unmanaged = organizations.admit("Unranked " + UUID.randomUUID().toString().substring(0, 6),
                PartnerType.AGENCY, "APAC", "REGISTERED", clock.instant()).organizationId();
        var all = organizations.all().stream().map(org -> org.organizationId()).toList();
        var today = LocalDate.now(clock);
        var readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(status -> {
            var together = evaluation.scoreAll(all, today);
            assertThat(together.keySet()).containsExactlyElementsOf(all);
            // Every component, fact, reason and argument, not only the score: batch reads must not mix organizations.
            all.forEach(id -> assertThat(together.get(id)).as("organization %s", id)
                    .isEqualTo(evaluation.score(id, today)));
            assertThat(evaluation.scoreAll(List.of(), today)).isEmpty();
        });

        SignIn.as(provider, "admin@vendor.test");
        visibility.change(ManagerVisibility.OWN);
        try {
            SignIn.as(provider, "manager@vendor.test");
            var candidates = new java.util.ArrayList<>(all);
            candidates.add(new OrganizationId(987_654));
            candidates.add(northwind);
            var ranking = health.rank(candidates);

            assertThat(ranking).extracting(HealthRanking::organization).doesNotContain(unmanaged)
                    .doesNotContain(new OrganizationId(987_654)).contains(northwind, contoso).doesNotHaveDuplicates();
            assertThat(ranking).extracting(HealthRanking::score).isSorted();
            for (var ranked : ranking) {
                var alone = health.of(ranked.organization()).orElseThrow().health();
                assertThat(ranked.score()).as("organization %s", ranked.organization()).isEqualTo(alone.score());
                assertThat(ranked.mainReason()).isEqualTo(alone.mainReason().map(ComponentHealth::component).orElse(null));
            }
            assertThat(health.rank(List.of(unmanaged))).isEmpty();
        } finally {
            SignIn.as(provider, "admin@vendor.test");
            visibility.change(ManagerVisibility.ALL);
        }
    }

    @Test
    void theDemoHistoryShowsFabrikamSlidingAndContosoNew() {
        SignIn.as(provider, "manager@vendor.test");
        var fabrikam = organizations.findByName("Fabrikam Inc").orElseThrow().organizationId();

        var trend = health.of(fabrikam).orElseThrow().trend();

        assertThat(trend).hasSize(OrganizationHealth.TREND_LENGTH);
        assertThat(trend.getFirst().score()).isGreaterThan(trend.getLast().score());
        assertThat(trend.getLast().takenOn()).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    private void insertSnapshot(OrganizationId organization, LocalDate day, int score) {
        jdbc.update("insert into health_snapshot (organization_id, taken_on, taken_at, score) values (?, ?, ?, ?)",
                organization.value(), day, Timestamp.from(day.atStartOfDay().toInstant(ZoneOffset.UTC)), score);
    }

    private void signedIn(String email, OrganizationId organization, int daysAgo) {
        jdbc.update("insert into audit_entry (occurred_at, actor, organization_id, action) values (?, ?, ?, 'LOGIN_SUCCEEDED')",
                Timestamp.from(clock.instant().minus(Duration.ofDays(daysAgo))), email, organization.value());
    }

    /** {@code weight} for one component, 0 for the others. */
    private static HealthWeights weights(HealthComponent component, int weight) {
        var map = new EnumMap<HealthComponent, Integer>(HealthComponent.class);
        for (var each : HealthComponent.values()) {
            map.put(each, each == component ? weight : 0);
        }
        return new HealthWeights(map);
    }
}
