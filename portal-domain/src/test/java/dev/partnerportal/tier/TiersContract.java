package dev.partnerportal.tier;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.Invitations;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.mail.MailFixtures;
import dev.partnerportal.onboarding.OnboardingJourneys;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.PartnerType;
import dev.partnerportal.recruitment.ApplicationForm;
import dev.partnerportal.recruitment.Recruitment;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.testsupport.EventReactions;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Tiers earned by requirements, overridden by hand, and recorded with reasons; on H2 and PostgreSQL. */
abstract class TiersContract {

    @Autowired
    Tiers tiers;
    @Autowired
    Recruitment recruitment;
    @Autowired
    Invitations invitations;
    @Autowired
    OnboardingJourneys journeys;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    MailFixtures mail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;

    OrganizationId fresh;
    String adminEmail;

    @BeforeEach
    void aFreshlyApprovedReseller() {
        clock.set(TestClockConfiguration.START);
        jdbc.update("delete from throttle_entry where kind = 'PARTNER_APPLICATION'");
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        adminEmail = "owner-" + suffix + "@tier.test";
        var id = recruitment.apply(new ApplicationForm("Tier Test " + suffix, null, PartnerType.RESELLER, "EMEA",
                "Owner", adminEmail, 3, 3, 3, 3, null), "", "192.0.2.50").orElseThrow();
        SignIn.as(provider, "manager@vendor.test");
        fresh = recruitment.approve(id).organizationId();
        EventReactions.awaitSettled(context); // the journey starts after the approval commits
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void completingOnboardingEarnsSilverAndTheHistorySaysWhy() {
        accept(adminEmail);
        SignIn.as(provider, "manager@vendor.test");
        completeAllSteps();

        assertThat(tierOf(fresh)).isEqualTo("SILVER");
        var history = tiers.history(fresh).orElseThrow();
        assertThat(history.getFirst().reason()).isEqualTo("Requirements of Silver met: onboarding complete.");
        assertThat(history.getFirst().automatic()).isTrue();
        var standing = tiers.standing(fresh).orElseThrow();
        assertThat(standing.nextTierName()).isEqualTo("Gold");
        assertThat(standing.nextTierChecks()).extracting(TierStanding.Check::kind, TierStanding.Check::actual)
                .contains(org.assertj.core.groups.Tuple.tuple(RequirementKind.ACTIVE_MEMBERS, 1));
    }

    @Test
    void enoughActiveColleaguesAfterOnboardingEarnGold() {
        accept(adminEmail);
        SignIn.as(provider, "manager@vendor.test");
        completeAllSteps();
        for (var colleague : new String[] {"c1", "c2"}) {
            var email = colleague + "-" + UUID.randomUUID().toString().substring(0, 6) + "@tier.test";
            SignIn.as(provider, "manager@vendor.test");
            invitations.invite(email, colleague, Role.PARTNER_USER, fresh);
            SignIn.out();
            accept(email);
        }

        assertThat(tierOf(fresh)).isEqualTo("GOLD");
        SignIn.as(provider, "manager@vendor.test");
        assertThat(tiers.history(fresh).orElseThrow().getFirst().reason())
                .isEqualTo("Requirements of Gold met: onboarding complete, 3 active members (at least 3).");
    }

    @Test
    void aManualOverrideWinsUntilItExpiresAndIsRecordedWithItsReason() {
        SignIn.as(provider, "manager@vendor.test");
        tiers.override(fresh, "PLATINUM", "Strategic launch partner", LocalDate.of(2026, 11, 5));
        assertThat(tierOf(fresh)).isEqualTo("PLATINUM");
        assertThat(tiers.history(fresh).orElseThrow().getFirst().reason())
                .isEqualTo("Manual override until 2026-11-05: Strategic launch partner");

        clock.advance(Duration.ofDays(4));
        tiers.expireOverrides();

        assertThat(tierOf(fresh)).isEqualTo("REGISTERED");
        assertThat(tiers.history(fresh).orElseThrow().getFirst().reason())
                .isEqualTo("Override expired on 2026-11-05. Registered is the entry tier.");
    }

    @Test
    void removingAnOverrideLetsTheRequirementsDecideAgain() {
        SignIn.as(provider, "manager@vendor.test");
        tiers.override(fresh, "GOLD", "Trial", LocalDate.of(2027, 1, 1));

        assertThat(tiers.clearOverride(fresh)).isTrue();

        assertThat(tierOf(fresh)).isEqualTo("REGISTERED");
        assertThat(tiers.clearOverride(fresh)).isFalse();
    }

    @Test
    void refusesOverridesWithoutReasonOrWithABadDateAndChangesNothing() {
        SignIn.as(provider, "manager@vendor.test");
        long before = jdbc.queryForObject("select count(*) from tier_change", Long.class);

        assertThatThrownBy(() -> tiers.override(fresh, "GOLD", " ", LocalDate.of(2027, 1, 1)))
                .is(refusal("tier.reason-required"));
        assertThatThrownBy(() -> tiers.override(fresh, "GOLD", "Past", LocalDate.of(2026, 1, 1)))
                .is(refusal("tier.override-end-out-of-range"));
        assertThatThrownBy(() -> tiers.override(fresh, "GOLD", "Too long", LocalDate.of(2030, 1, 1)))
                .is(refusal("tier.override-end-out-of-range"));
        assertThatThrownBy(() -> tiers.override(fresh, "DIAMOND", "Unknown", LocalDate.of(2027, 1, 1)))
                .is(refusal("tier.unknown-tier"));

        assertThat(tierOf(fresh)).isEqualTo("REGISTERED");
        assertThat(jdbc.queryForObject("select count(*) from tier_change", Long.class)).isEqualTo(before);
    }

    @Test
    void administratorsChangeRequirementsAndEveryOrganizationIsReevaluated() {
        accept(adminEmail);
        SignIn.as(provider, "admin@vendor.test");
        var silver = tiers.rules().stream().filter(r -> r.tierCode().equals("SILVER")).findFirst().orElseThrow().requirements();
        try {
            tiers.changeRequirements("SILVER", List.of(new TierRule.Requirement(RequirementKind.ACTIVE_MEMBERS, 1)));

            assertThat(tierOf(fresh)).isEqualTo("SILVER");
            assertThat(tiers.history(fresh).orElseThrow().getFirst().reason())
                    .isEqualTo("Requirements of Silver changed. Requirements of Silver met: 1 active members (at least 1).");
            assertThatThrownBy(() -> tiers.changeRequirements("REGISTERED",
                    List.of(new TierRule.Requirement(RequirementKind.ACTIVE_MEMBERS, 1)))).is(refusal("tier.entry-tier-has-no-requirements"));
            SignIn.as(provider, "manager@vendor.test");
            assertThatThrownBy(() -> tiers.changeRequirements("SILVER", List.of())).isInstanceOf(AccessDeniedException.class);
        } finally {
            SignIn.as(provider, "admin@vendor.test");
            tiers.changeRequirements("SILVER", silver);
        }
        assertThat(tierOf(fresh)).isEqualTo("REGISTERED");
    }

    @Test
    void partnersSeeTheirOwnStandingOnlyAndCannotOverride() {
        var northwind = organizations.findByName("Northwind Traders").orElseThrow().organizationId();
        SignIn.as(provider, "alice@northwind.test");

        assertThat(tiers.standing(northwind)).hasValueSatisfying(s -> assertThat(s.override()).isNotNull());
        assertThat(tiers.history(fresh)).isEmpty();
        assertThat(tiers.standing(fresh)).isEmpty();
        assertThatThrownBy(() -> tiers.override(northwind, "PLATINUM", "Please", LocalDate.of(2027, 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void completeAllSteps() {
        for (var step : jdbc.queryForList("select id from onboarding_step where organization_id = ?", Long.class, fresh.value())) {
            journeys.completeWithReason(step, "Completed for the tier test");
        }
        EventReactions.awaitSettled(context); // tiers follow onboarding after commit
    }

    private void accept(String email) {
        var matcher = Pattern.compile("/invitation/([A-Za-z0-9_-]+)").matcher(mail.to(email).getLast().body());
        assertThat(matcher.find()).isTrue();
        invitations.accept(matcher.group(1), "a long enough password");
        EventReactions.awaitSettled(context); // tiers follow the team after commit
    }

    private String tierOf(OrganizationId organization) {
        return jdbc.queryForObject("select t.code from partner_organization o join partner_tier t on t.id = o.tier_id where o.id = ?",
                String.class, organization.value());
    }
}
