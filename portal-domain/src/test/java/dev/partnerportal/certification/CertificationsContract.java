package dev.partnerportal.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.testsupport.EventReactions;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import dev.partnerportal.tier.RequirementKind;
import dev.partnerportal.tier.TierRule;
import dev.partnerportal.tier.Tiers;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Awards, renewal, tenancy, revocation, CSV and the tier rule on certified members; on H2 and PostgreSQL. */
abstract class CertificationsContract {

    static final Set<String> SALES_COURSE = Set.of("sales-fundamentals");

    @Autowired
    ApplicationContext context;
    @Autowired
    Certifications certifications;
    @Autowired
    Tiers tiers;
    @Autowired
    ExpiryReminders reminders;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    OrganizationId contoso;

    @BeforeEach
    void setUp() {
        clock.set(TestClockConfiguration.START);
        jdbc.update("delete from certification_reminder");
        jdbc.update("update certification_award set renewal_of = null");
        jdbc.update("delete from certification_award where user_id <> (select id from portal_user where email = 'alice@northwind.test')");
        jdbc.update("update certification_award set issued_on = ?, expires_on = ?, revoked_at = null where user_id = (select id from portal_user where email = 'alice@northwind.test')",
                LocalDate.of(2024, 12, 2), LocalDate.of(2026, 12, 2));
        contoso = organizations.findByName("Contoso Ltd").orElseThrow().organizationId();
    }

    @AfterEach
    void restore() {
        SignIn.out();
        clock.set(TestClockConfiguration.START);
        jdbc.update("delete from tier_requirement where tier_id = (select id from partner_tier where code = 'SILVER')");
        jdbc.update("insert into tier_requirement (tier_id, kind, minimum) select id, 'ONBOARDING_COMPLETE', 1 from partner_tier where code = 'SILVER'");
        jdbc.update("delete from tier_change where reason like 'Certification %'");
        jdbc.update("update partner_organization set tier_id = (select id from partner_tier where code = 'GOLD') where name = 'Northwind Traders'");
        jdbc.update("update partner_organization set tier_id = (select id from partner_tier where code = 'REGISTERED') where name = 'Contoso Ltd'");
    }

    @Test
    void passingTheQuizAfterTheCourseAwardsACertificationWithAnUnguessableCodeForItsValidity() {
        SignIn.as(provider, "bob@northwind.test");

        var award = certifications.recordQuizPassed("sales-fundamentals-quiz", SALES_COURSE).orElseThrow();

        assertThat(award.certification().code()).isEqualTo("sales-professional");
        assertThat(award.holderName()).isEqualTo(jdbc.queryForObject(
                "select display_name from portal_user where email = 'bob@northwind.test'", String.class));
        assertThat(award.verificationCode()).matches(VerificationCodes.FORMAT);
        assertThat(award.issuedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(award.expiresOn()).isEqualTo(LocalDate.of(2028, 11, 2));
        assertThat(award.status()).isEqualTo(CertificationStatus.ACTIVE);
        assertThat(certifications.mine()).extracting(HeldCertification::id).containsExactly(award.id());
    }

    @Test
    void noAwardWithoutTheCourseAndNoSecondAwardWhileStillCertified() {
        SignIn.as(provider, "bob@northwind.test");

        assertThat(certifications.recordQuizPassed("sales-fundamentals-quiz", Set.of())).isEmpty();
        assertThat(certifications.recordQuizPassed("sales-fundamentals-quiz", SALES_COURSE)).isPresent();
        assertThat(certifications.recordQuizPassed("sales-fundamentals-quiz", SALES_COURSE)).isEmpty();
        assertThat(certifications.recordQuizPassed("sales-renewal-quiz", SALES_COURSE)).isEmpty();

        assertThat(awardsOf("bob@northwind.test")).isEqualTo(1);
    }

    @Test
    void inTheRenewalWindowTheRenewalQuizExtendsFromTheOldExpiryAndKeepsTheHistory() {
        SignIn.as(provider, "bob@northwind.test");
        var first = certifications.recordQuizPassed("sales-fundamentals-quiz", SALES_COURSE).orElseThrow();
        clock.set(TestClockConfiguration.START.plus(java.time.Duration.ofDays(700)));

        var renewed = certifications.recordQuizPassed("sales-renewal-quiz", Set.of()).orElseThrow();

        assertThat(renewed.expiresOn()).isEqualTo(first.expiresOn().plusMonths(24));
        assertThat(renewed.verificationCode()).isNotEqualTo(first.verificationCode());
        assertThat(certifications.mine()).extracting(HeldCertification::status)
                .containsExactly(CertificationStatus.ACTIVE, CertificationStatus.EXPIRING);
    }

    @Test
    void aPartnerSeesOnlyWhatTheirRoleAllowsAndAnotherOrganizationsAwardIsNotFound() {
        SignIn.as(provider, "bob@northwind.test");
        var bobs = certifications.recordQuizPassed("sales-fundamentals-quiz", SALES_COURSE).orElseThrow();
        var alices = aliceAward();
        long before = jdbc.queryForObject("select count(*) from certification_award", Long.class);

        assertThat(certifications.find(alices)).as("a partner user sees only their own").isEmpty();
        SignIn.as(provider, "alice@northwind.test");
        assertThat(certifications.find(bobs.id())).as("a partner admin sees their team's").isPresent();
        assertThat(certifications.ofMyOrganization()).extracting(HeldCertification::organizationName)
                .containsOnly("Northwind Traders").hasSize(2);
        SignIn.as(provider, "carol@contoso.test");
        assertThat(certifications.find(bobs.id())).isEmpty();
        assertThat(certifications.find(alices)).isEmpty();
        assertThat(certifications.badge(alices)).isEmpty();
        assertThat(certifications.mine()).isEmpty();
        assertThat(certifications.ofMyOrganization()).isEmpty();
        assertThatThrownBy(() -> certifications.revoke(alices, "no")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> certifications.search(CertificationFilter.ANY, org.springframework.data.domain.Pageable.unpaged()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from certification_award", Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from certification_award where revoked_at is not null", Long.class)).isZero();
    }

    @Test
    void theBadgeIsAnOpenBadgesAssertionWithAHashedRecipientAndHostedVerification() {
        SignIn.as(provider, "alice@northwind.test");
        var held = certifications.find(aliceAward()).orElseThrow();

        var badge = certifications.badge(held.id()).orElseThrow();

        assertThat(badge).containsEntry("@context", "https://w3id.org/openbadges/v2").containsEntry("type", "Assertion")
                .containsEntry("id", "http://localhost:8080/api/public/badges/" + held.verificationCode())
                .containsEntry("verification", java.util.Map.of("type", "hosted"));
        assertThat(badge.toString()).doesNotContain("alice@northwind.test").contains("sha256$", "Sales Professional");
    }

    @Test
    void staffFilterEveryAwardAndTheCsvNeutralizesFormulas() {
        jdbc.update("update portal_user set display_name = '=HYPERLINK(\"http://evil.test\")' where email = 'carol@contoso.test'");
        try {
            SignIn.as(provider, "carol@contoso.test");
            certifications.recordQuizPassed("sales-fundamentals-quiz", SALES_COURSE).orElseThrow();
            SignIn.as(provider, "manager@vendor.test");

            var contosos = certifications.search(new CertificationFilter(null, null, contoso.value(), null),
                    org.springframework.data.domain.PageRequest.of(0, 10));
            var expiring = certifications.search(new CertificationFilter("sales-professional", CertificationStatus.EXPIRING, null, null),
                    org.springframework.data.domain.PageRequest.of(0, 10));
            var csv = certifications.exportCsv(new CertificationFilter(null, null, contoso.value(), null));

            assertThat(contosos.getTotalElements()).isEqualTo(1);
            assertThat(certifications.search(new CertificationFilter(null, null, null, "NORTHWIND"),
                    org.springframework.data.domain.PageRequest.of(0, 10)).getContent())
                    .extracting(HeldCertification::holderEmail).containsExactly("alice@northwind.test");
            assertThat(certifications.search(new CertificationFilter(null, CertificationStatus.ACTIVE, null, "100%_"),
                    org.springframework.data.domain.PageRequest.of(0, 10)).getTotalElements()).isZero();
            assertThat(certifications.search(new CertificationFilter(null, CertificationStatus.ACTIVE, null, null),
                    org.springframework.data.domain.PageRequest.of(0, 10)).getContent())
                    .extracting(HeldCertification::holderEmail).containsExactly("carol@contoso.test");
            assertThat(certifications.search(new CertificationFilter("no-such-certification", null, null, null),
                    org.springframework.data.domain.PageRequest.of(0, 10)).getTotalElements()).isZero();
            assertThat(expiring.getContent()).extracting(HeldCertification::holderEmail).containsExactly("alice@northwind.test");
            assertThat(csv.lines().toList()).hasSize(2);
            assertThat(csv.lines().toList().get(1)).startsWith("\"'=HYPERLINK(\"\"http://evil.test\"\")\",carol@contoso.test,Contoso Ltd,Sales Professional");
        } finally {
            jdbc.update("update portal_user set display_name = 'Carol Contoso' where email = 'carol@contoso.test'");
        }
    }

    @Test
    void certifiedMembersRequirementsMoveTheTierOnAwardAndBackOnRevocation() {
        SignIn.as(provider, "admin@vendor.test");
        tiers.changeRequirements("SILVER", List.of(new TierRule.Requirement(RequirementKind.CERTIFIED_MEMBERS, 1, "sales-professional")));
        assertThat(tierOf("Contoso Ltd")).isEqualTo("REGISTERED");
        assertThat(tiers.rules().get(1).requirements()).containsExactly(
                new TierRule.Requirement(RequirementKind.CERTIFIED_MEMBERS, 1, "sales-professional"));

        SignIn.as(provider, "carol@contoso.test");
        var award = certifications.recordQuizPassed("sales-fundamentals-quiz", SALES_COURSE).orElseThrow();
        assertThat(tierOf("Contoso Ltd")).isEqualTo("SILVER");
        assertThat(jdbc.queryForObject("select reason from tier_change where organization_id = ? order by id desc limit 1",
                String.class, contoso.value())).startsWith("Certification sales-professional awarded.");

        SignIn.as(provider, "manager@vendor.test");
        assertThat(certifications.revoke(award.id(), "Exam taken by someone else.").status()).isEqualTo(CertificationStatus.REVOKED);
        assertThat(tierOf("Contoso Ltd")).isEqualTo("REGISTERED");
        assertThatThrownBy(() -> certifications.revoke(award.id(), "again"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.error()).isEqualTo(CertificationError.ALREADY_REVOKED));
    }

    @Test
    void aTierThatRequiresSeveralCertificationsNeedsAllOfThem() {
        SignIn.as(provider, "admin@vendor.test");
        tiers.changeRequirements("SILVER", List.of(
                new TierRule.Requirement(RequirementKind.CERTIFIED_MEMBERS, 1, "sales-professional"),
                new TierRule.Requirement(RequirementKind.CERTIFIED_MEMBERS, 1, "implementation-specialist")));
        assertThat(tiers.rules().get(1).requirements()).extracting(TierRule.Requirement::certificationCode)
                .containsExactlyInAnyOrder("sales-professional", "implementation-specialist");

        SignIn.as(provider, "carol@contoso.test");
        certifications.recordQuizPassed("sales-fundamentals-quiz", SALES_COURSE).orElseThrow();
        assertThat(tierOf("Contoso Ltd")).as("one of the two").isEqualTo("REGISTERED");

        SignIn.as(provider, "carol@contoso.test");
        certifications.recordQuizPassed("implementation-quiz", Set.of("implementation-basics")).orElseThrow();
        assertThat(tierOf("Contoso Ltd")).as("both").isEqualTo("SILVER");
    }

    @Test
    void anExpiredCertificationStopsCountingOnceTheReminderJobNoticesIt() {
        jdbc.update("update certification_award set expires_on = ? where user_id = (select id from portal_user where email = 'alice@northwind.test')",
                LocalDate.of(2036, 12, 2));
        SignIn.as(provider, "admin@vendor.test");
        tiers.changeRequirements("SILVER", List.of(new TierRule.Requirement(RequirementKind.CERTIFIED_MEMBERS, 1, "sales-professional")));
        SignIn.as(provider, "carol@contoso.test");
        var award = certifications.recordQuizPassed("sales-fundamentals-quiz", SALES_COURSE).orElseThrow();
        SignIn.out();
        assertThat(tierOf("Contoso Ltd")).isEqualTo("SILVER");

        clock.set(award.expiresOn().plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        reminders.sendDue();

        assertThat(tierOf("Contoso Ltd")).isEqualTo("REGISTERED");
        assertThat(jdbc.queryForObject("select reason from tier_change where organization_id = ? order by id desc limit 1",
                String.class, contoso.value())).startsWith("Certification sales-professional expired.");
    }

    private CertificationAwardId aliceAward() {
        return CertificationAwardId.of(jdbc.queryForObject("""
                select a.id from certification_award a join portal_user u on u.id = a.user_id
                where u.email = 'alice@northwind.test'""", Long.class));
    }

    private long awardsOf(String email) {
        return jdbc.queryForObject("select count(*) from certification_award a join portal_user u on u.id = a.user_id where u.email = ?",
                Long.class, email);
    }

    private String tierOf(String organization) {
        EventReactions.awaitSettled(context); // tiers follow awards and their end after commit
        return jdbc.queryForObject("select t.code from partner_organization o join partner_tier t on t.id = o.tier_id where o.name = ?",
                String.class, organization);
    }
}
