package dev.partnerportal.certification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Staged expiry reminders with a controllable clock, and the rate-limited public verification; H2 and PostgreSQL. */
abstract class ExpiryAndVerificationContract {

    @Autowired
    Certifications certifications;
    @Autowired
    ExpiryReminders reminders;
    @Autowired
    CertificateVerification verification;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    HeldCertification bobs;

    @BeforeEach
    void bobIsCertified() {
        clock.set(TestClockConfiguration.START);
        jdbc.update("delete from certification_reminder");
        jdbc.update("update certification_award set renewal_of = null");
        jdbc.update("delete from certification_award where user_id <> (select id from portal_user where email = 'alice@northwind.test')");
        jdbc.update("delete from throttle_entry where kind = 'CERTIFICATE_VERIFICATION'");
        jdbc.update("delete from mail_message where recipient = 'bob@northwind.test'");
        SignIn.as(provider, "bob@northwind.test");
        bobs = certifications.recordQuizPassed("sales-fundamentals-quiz", Set.of("sales-fundamentals")).orElseThrow();
        SignIn.out();
        // Alice's demo award would send its own reminders; move it far away so only Bob's count here.
        jdbc.update("update certification_award set issued_on = ?, expires_on = ? where user_id = (select id from portal_user where email = 'alice@northwind.test')",
                LocalDate.of(2026, 11, 1), LocalDate.of(2036, 11, 1));
    }

    @AfterEach
    void restore() {
        SignIn.out();
        clock.set(TestClockConfiguration.START);
        jdbc.update("delete from tier_change where reason like 'Certification %'");
        jdbc.update("update partner_organization set tier_id = (select id from partner_tier where code = 'GOLD') where name = 'Northwind Traders'");
        jdbc.update("update partner_organization set tier_id = (select id from partner_tier where code = 'REGISTERED') where name = 'Contoso Ltd'");
    }

    @Test
    void eachStageGoesOutOnceInThePortalAndByMailEvenWhenTheJobRunsAgainAfterARestart() {
        assertThat(reminders.sendDue()).isZero();

        at(bobs.expiresOn().minusDays(60));
        assertThat(reminders.sendDue()).isEqualTo(1);
        assertThat(reminders.sendDue()).as("the same day again, as after a restart").isZero();
        at(bobs.expiresOn().minusDays(45));
        assertThat(reminders.sendDue()).isZero();
        at(bobs.expiresOn().minusDays(30));
        assertThat(reminders.sendDue()).isEqualTo(1);
        at(bobs.expiresOn().minusDays(3));
        assertThat(reminders.sendDue()).as("7-day stage, late but once").isEqualTo(1);
        assertThat(reminders.sendDue()).isZero();
        at(bobs.expiresOn().plusDays(1));
        assertThat(reminders.sendDue()).isEqualTo(1);
        at(bobs.expiresOn().plusDays(2));
        assertThat(reminders.sendDue()).isZero();

        assertThat(jdbc.queryForList("select stage from certification_reminder order by stage desc", Integer.class))
                .containsExactly(60, 30, 7, 0);
        assertThat(jdbc.queryForList("select subject from mail_message where recipient = 'bob@northwind.test' and subject like '%Sales Professional%' order by id",
                String.class)).containsExactly(
                "Your Sales Professional certification expires in 60 days",
                "Your Sales Professional certification expires in 30 days",
                "Your Sales Professional certification expires in 7 days",
                "Your Sales Professional certification has expired");
        SignIn.as(provider, "bob@northwind.test");
        assertThat(reminders.mine()).extracting(ExpiryReminder::daysBefore).containsExactly(0, 7, 30, 60);
        assertThat(certifications.mine().getFirst().status()).isEqualTo(CertificationStatus.EXPIRED);
    }

    @Test
    void aRenewedAwardStopsTheOldOnesReminders() {
        at(bobs.expiresOn().minusDays(50));
        assertThat(reminders.sendDue()).isEqualTo(1);
        SignIn.as(provider, "bob@northwind.test");
        certifications.recordQuizPassed("sales-renewal-quiz", Set.of()).orElseThrow();
        SignIn.out();

        at(bobs.expiresOn().minusDays(5));
        assertThat(reminders.sendDue()).isZero();
    }

    @Test
    void theVerificationPageShowsExactlyTheAllowedFields() {
        var outcome = verification.verify(bobs.verificationCode().toLowerCase(), "203.0.113.5");

        var found = ((Verification.Found) outcome).certification();
        assertThat(Arrays.stream(VerifiedCertification.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("holderName", "organizationName", "certificationName", "issuedOn", "expiresOn", "status");
        assertThat(found).isEqualTo(new VerifiedCertification(bobs.holderName(), "Northwind Traders", "Sales Professional",
                bobs.issuedOn(), bobs.expiresOn(), CertificationStatus.ACTIVE));
        assertThat(verification.verify("AAAAA-BBBBB-CCCCC-DDDDD", "203.0.113.5")).isInstanceOf(Verification.Unknown.class);
        assertThat(verification.verify("'; drop table x", "203.0.113.5")).isInstanceOf(Verification.Unknown.class);
    }

    @Test
    void guessingAThousandCodesFromOneAddressIsCutOffAndLearnsNothing() {
        var random = new java.security.SecureRandom();
        int unknown = 0;
        int refused = 0;
        for (int i = 0; i < 1000; i++) {
            var guess = String.format("%05d-%05d-%05d-%05d", random.nextInt(100_000), random.nextInt(100_000),
                    random.nextInt(100_000), random.nextInt(100_000));
            switch (verification.verify(guess, "198.51.100.7")) {
                case Verification.Unknown u -> unknown++;
                case Verification.TooManyLookups t -> refused++;
                case Verification.Found f -> throw new AssertionError("guessed " + guess);
            }
        }

        assertThat(unknown).isEqualTo(30);
        assertThat(refused).isEqualTo(970);
        assertThat(verification.verify(bobs.verificationCode(), "198.51.100.7")).as("even a real code")
                .isInstanceOf(Verification.TooManyLookups.class);
        assertThat(verification.verify(bobs.verificationCode(), "192.0.2.1")).as("another client")
                .isInstanceOf(Verification.Found.class);
        clock.advance(CertificateVerification.WINDOW);
        assertThat(verification.verify(bobs.verificationCode(), "198.51.100.7")).isInstanceOf(Verification.Found.class);
    }

    private void at(LocalDate day) {
        clock.set(day.atTime(6, 30).toInstant(ZoneOffset.UTC));
    }
}
