package dev.partnerportal.escalation;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.health.HealthFact;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.mail.MailFixtures;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Escalation rules on H2 and PostgreSQL. The test clock starts Monday 2 November 2026 09:00 UTC, the opening of
 * the default business day (Monday to Friday, 09:00-17:00 UTC).
 */
abstract class EscalationsContract {

    static final Instant MONDAY_9 = TestClockConfiguration.START;

    @Autowired
    Escalations escalations;
    @Autowired
    EscalationSettings settings;
    @Autowired
    EscalationHealth health;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    UserAccounts users;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    MailFixtures mail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    OrganizationId northwind;
    OrganizationId contoso;

    @BeforeEach
    void mondayMorning() {
        clock.set(MONDAY_9);
        northwind = organizations.findByName("Northwind Traders").orElseThrow().organizationId();
        contoso = organizations.findByName("Contoso Ltd").orElseThrow().organizationId();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    EscalationId raise(String email, OrganizationId organization, EscalationSeverity severity) {
        SignIn.as(provider, email);
        return escalations.raise(organization, new NewEscalation(EscalationCategory.TECHNICAL, severity,
                "Checkout fails", "Orders fail since the update."), null);
    }

    @Test
    void targetsAreCountedInBusinessHoursFromTheSeverityAndTheManagerIsMailed() {
        var before = mail.to("manager@vendor.test").size();
        var id = raise("alice@northwind.test", northwind, EscalationSeverity.CRITICAL);

        var detail = escalations.find(id).orElseThrow();
        assertThat(detail.summary().respondDue()).isEqualTo(Instant.parse("2026-11-02T13:00:00Z"));
        assertThat(detail.summary().resolveDue()).isEqualTo(Instant.parse("2026-11-03T17:00:00Z"));
        assertThat(detail.summary().status()).isEqualTo(EscalationStatus.OPEN);
        assertThat(detail.history()).extracting(EscalationHistoryEntry::kind).containsExactly(EscalationHistoryEntry.Kind.RAISED);
        var mails = mail.to("manager@vendor.test");
        assertThat(mails).hasSize(before + 1);
        assertThat(mails.getLast().subject()).isEqualTo("[CRITICAL] Escalation from Northwind Traders: Checkout fails");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ESCALATION_RAISED' and detail like ?",
                Long.class, "#" + id.value() + " %")).isEqualTo(1);
    }

    @Test
    void theFirstStaffResponseAcknowledgesAndMeetsTheResponseTargetAndThePartnerSeesIt() {
        var id = raise("alice@northwind.test", northwind, EscalationSeverity.CRITICAL);
        clock.advance(Duration.ofHours(3));
        SignIn.as(provider, "manager@vendor.test");
        escalations.change(id, new EscalationChange(null, "We are on it.")).orElseThrow();

        SignIn.as(provider, "bob@northwind.test");
        var detail = escalations.find(id).orElseThrow();
        assertThat(detail.summary().status()).isEqualTo(EscalationStatus.ACKNOWLEDGED);
        assertThat(detail.summary().response()).isEqualTo(TargetState.MET);
        assertThat(detail.history().getLast()).extracting(EscalationHistoryEntry::kind, EscalationHistoryEntry::staff,
                        EscalationHistoryEntry::message, EscalationHistoryEntry::toStatus)
                .containsExactly(EscalationHistoryEntry.Kind.RESPONSE, true, "We are on it.", EscalationStatus.ACKNOWLEDGED);
    }

    @Test
    void aQuarterOfTheTargetLeftIsNearBreachAndPastItIsBreachedAndTheQueueShowsItFirst() {
        var high = raise("alice@northwind.test", northwind, EscalationSeverity.HIGH); // respond by Monday 17:00
        var low = raise("alice@northwind.test", northwind, EscalationSeverity.LOW);
        SignIn.as(provider, "manager@vendor.test");
        clock.set(Instant.parse("2026-11-02T15:00:00Z")); // 2 of 8 hours left
        assertThat(escalations.find(high).orElseThrow().summary().response()).isEqualTo(TargetState.NEAR_BREACH);
        assertThat(escalations.find(low).orElseThrow().summary().response()).isEqualTo(TargetState.ON_TRACK);

        clock.set(Instant.parse("2026-11-03T10:00:00Z"));
        assertThat(escalations.find(high).orElseThrow().summary().response()).isEqualTo(TargetState.BREACHED);
        var queue = escalations.queue().stream().map(EscalationSummary::id).toList();
        assertThat(queue.indexOf(high)).isLessThan(queue.indexOf(low));

        escalations.change(high, new EscalationChange(null, "Sorry for the wait."));
        assertThat(escalations.find(high).orElseThrow().summary().response()).isEqualTo(TargetState.MISSED);
    }

    @Test
    void thePartnerReopensWithinTheWindowOnlyAndNeverMovesItForward() {
        var id = raise("alice@northwind.test", northwind, EscalationSeverity.MEDIUM);
        assertThatThrownBy(() -> escalations.change(id, new EscalationChange(EscalationStatus.RESOLVED, null)))
                .is(refusal("escalation.status-change-forbidden"));
        SignIn.as(provider, "manager@vendor.test");
        escalations.change(id, new EscalationChange(EscalationStatus.RESOLVED, "Fixed."));

        clock.advance(Duration.ofDays(3));
        SignIn.as(provider, "alice@northwind.test");
        var reopened = escalations.change(id, new EscalationChange(EscalationStatus.IN_PROGRESS, "Still failing.")).orElseThrow();
        assertThat(reopened.summary().status()).isEqualTo(EscalationStatus.IN_PROGRESS);
        assertThat(reopened.history().getLast().kind()).isEqualTo(EscalationHistoryEntry.Kind.REOPENED);

        SignIn.as(provider, "manager@vendor.test");
        escalations.change(id, new EscalationChange(EscalationStatus.RESOLVED, "Fixed for real."));
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        SignIn.as(provider, "alice@northwind.test");
        assertThatThrownBy(() -> escalations.change(id, new EscalationChange(EscalationStatus.IN_PROGRESS, "Again?")))
                .is(refusal("escalation.reopen-window-passed"));
        assertThat(escalations.find(id).orElseThrow().summary().status()).isEqualTo(EscalationStatus.RESOLVED);
    }

    @Test
    void oneOrganizationNeverSeesNorChangesAnothersEscalationsInEitherDirection() {
        var northwinds = raise("alice@northwind.test", northwind, EscalationSeverity.HIGH);
        var contosos = raise("carol@contoso.test", contoso, EscalationSeverity.LOW);
        long entries = jdbc.queryForObject("select count(*) from escalation_entry", Long.class);
        long rows = jdbc.queryForObject("select count(*) from escalation", Long.class);

        for (var pair : new Object[][] {{"carol@contoso.test", northwind, northwinds}, {"alice@northwind.test", contoso, contosos}}) {
            SignIn.as(provider, (String) pair[0]);
            var foreign = (OrganizationId) pair[1];
            var escalation = (EscalationId) pair[2];
            assertThat(escalations.ofOrganization(foreign)).isEmpty();
            assertThat(escalations.find(escalation)).isEmpty();
            assertThat(escalations.attachment(escalation)).isEmpty();
            assertThat(escalations.change(escalation, new EscalationChange(null, "Hello?"))).isEmpty();
            assertThatThrownBy(() -> escalations.raise(foreign, new NewEscalation(EscalationCategory.OTHER,
                    EscalationSeverity.LOW, "x", "y"), null)).is(refusal("escalation.organization-not-found"));
            assertThatThrownBy(escalations::queue).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from escalation_entry", Long.class)).isEqualTo(entries);
        assertThat(jdbc.queryForObject("select count(*) from escalation", Long.class)).isEqualTo(rows);
        SignIn.as(provider, "alice@northwind.test");
        assertThat(escalations.ofOrganization(northwind).orElseThrow()).extracting(EscalationSummary::id).contains(northwinds);
    }

    @Test
    void anAttachmentIsJudgedByItsBytesNotItsName() {
        SignIn.as(provider, "alice@northwind.test");
        long rows = jdbc.queryForObject("select count(*) from escalation", Long.class);
        var raised = new NewEscalation(EscalationCategory.TECHNICAL, EscalationSeverity.LOW, "Log", "See the file.");
        var htmlAsPdf = new EscalationFile("report.pdf", "<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> escalations.raise(northwind, raised, htmlAsPdf)).is(refusal("escalation.attachment-type-refused"));
        var tooLarge = new EscalationFile("big.txt", new byte[EscalationFile.MAX_BYTES + 1]);
        assertThatThrownBy(() -> escalations.raise(northwind, raised, tooLarge)).is(refusal("escalation.attachment-too-large"));
        assertThat(jdbc.queryForObject("select count(*) from escalation", Long.class)).isEqualTo(rows);

        var png = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        var id = escalations.raise(northwind, raised, new EscalationFile("notes.txt", png));
        assertThat(escalations.attachment(id).orElseThrow().mediaType()).isEqualTo("image/png");
    }

    @Test
    void administratorsSetTargetsAndHolidaysForEscalationsRaisedAfterwards() {
        SignIn.as(provider, "manager@vendor.test");
        assertThatThrownBy(() -> settings.changeTarget(new ResponseTarget(EscalationSeverity.CRITICAL, 2, 16)))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(provider, "admin@vendor.test");
        assertThatThrownBy(() -> settings.changeTarget(new ResponseTarget(EscalationSeverity.CRITICAL, 0, 16)))
                .is(refusal("escalation.target-out-of-range"));
        settings.changeTarget(new ResponseTarget(EscalationSeverity.CRITICAL, 2, 16));
        settings.addHoliday(new Holiday(LocalDate.of(2026, 11, 3), "Company day"));
        try {
            var id = raise("alice@northwind.test", northwind, EscalationSeverity.CRITICAL);
            var summary = escalations.find(id).orElseThrow().summary();
            assertThat(summary.respondDue()).isEqualTo(Instant.parse("2026-11-02T11:00:00Z"));
            assertThat(summary.resolveDue()).isEqualTo(Instant.parse("2026-11-04T17:00:00Z")); // Tuesday is off
        } finally {
            SignIn.as(provider, "admin@vendor.test");
            settings.changeTarget(new ResponseTarget(EscalationSeverity.CRITICAL, 4, 16));
            settings.removeHoliday(LocalDate.of(2026, 11, 3));
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action like 'ESCALATION_%S_CHANGED'", Long.class))
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void noEscalationsWithAKnownPathIsHealthyAndABreachCosts() {
        var fresh = organizations.admit("Health " + System.nanoTime(), dev.partnerportal.partner.PartnerType.RESELLER,
                "EMEA", "REGISTERED", MONDAY_9).organizationId();
        var nobody = health.read(fresh, LocalDate.of(2026, 11, 2)).orElseThrow();
        assertThat(nobody).extracting(r -> r.score(), r -> r.reasonKey()).containsExactly(0, "escalation.health.reason.no-path");
        assertThat(nobody.facts()).contains(new HealthFact("escalation.health.fact.people-to-call", 0));
        organizations.assignPartnerManager(fresh, users.findByEmail("manager@vendor.test").orElseThrow().id());
        assertThat(health.read(fresh, LocalDate.of(2026, 11, 2)).orElseThrow())
                .extracting(r -> r.score(), r -> r.reasonKey()).containsExactly(100, "escalation.health.reason.none-path-known");

        var id = raise("alice@northwind.test", northwind, EscalationSeverity.CRITICAL);
        clock.set(Instant.parse("2026-11-02T16:00:00Z")); // response due 13:00: breached
        var reading = health.read(northwind, LocalDate.of(2026, 11, 2)).orElseThrow();
        assertThat(reading.reasonKey()).isEqualTo("escalation.health.reason.breached");
        assertThat(reading.facts()).extracting(HealthFact::labelKey).containsExactly(
                "escalation.health.fact.people-to-call", "escalation.health.fact.open",
                "escalation.health.fact.targets-met", "escalation.health.fact.targets-due", "escalation.health.fact.breached");
        assertThat(reading.score()).isLessThan(100);
        SignIn.as(provider, "manager@vendor.test");
        escalations.change(id, new EscalationChange(EscalationStatus.RESOLVED, "Done."));
    }
}
