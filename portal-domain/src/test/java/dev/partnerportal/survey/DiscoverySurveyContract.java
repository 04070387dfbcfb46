package dev.partnerportal.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditFixtures;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.testsupport.EventReactions;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The discovery survey completes the onboarding step of that name, through the portal and through a personal
 * link, on H2 and PostgreSQL; other surveys, anonymous waves and drafts do not.
 */
abstract class DiscoverySurveyContract {

    @Autowired
    ApplicationContext context;
    @Autowired
    SurveyCollection collection;
    @Autowired
    SurveyDesigner designer;
    @Autowired
    SurveyFixtures fixtures;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditFixtures audit;

    OrganizationId northwind;

    @BeforeEach
    void setUp() {
        northwind = organizations.findByName("Northwind Traders").orElseThrow().organizationId();
        // The demo story has Northwind's first three steps done, the discovery survey among them.
        jdbc.update("update onboarding_step set completed_at = null, completed_by = null where kind = 'DISCOVERY_SURVEY'");
        jdbc.update("update survey set discovery = false");
    }

    @AfterEach
    void reset() {
        EventReactions.awaitSettled(context);
        SignIn.out();
        clock.set(TestClockConfiguration.START);
        jdbc.update("update survey set discovery = false");
    }

    private void mark(SurveyFixtures.Wave wave) {
        SignIn.as(provider, "manager@vendor.test");
        try {
            designer.markDiscovery(wave.survey().id());
        } finally {
            SignIn.out();
        }
    }

    private int discoveryStepsDone() {
        EventReactions.awaitSettled(context); // the step completes after the response commits
        return jdbc.queryForObject("select count(*) from onboarding_step where kind = 'DISCOVERY_SURVEY' and completed_at is not null",
                Integer.class);
    }

    private boolean northwindsStepDone() {
        return jdbc.queryForObject("select count(*) from onboarding_step where kind = 'DISCOVERY_SURVEY' "
                + "and completed_at is not null and completed_by is null and organization_id = ?", Integer.class, northwind.value()) == 1;
    }

    @Test
    void answeringTheDiscoverySurveyInThePortalCompletesTheAnsweringOrganizationsStep() {
        var wave = fixtures.npsWave(false, AudienceKind.ALL);
        mark(wave);
        SignIn.as(provider, "alice@northwind.test");

        collection.saveDraft(wave.id(), Map.of(wave.question(1), Answer.number(7)));
        assertThat(discoveryStepsDone()).as("a draft is not an answer").isZero();

        collection.submit(wave.id(), Map.of(wave.question(1), Answer.number(9)));

        assertThat(discoveryStepsDone()).isEqualTo(1);
        assertThat(northwindsStepDone()).isTrue();
    }

    @Test
    void answeringThroughAPersonalLinkCompletesTheStepOfTheInvitationsOrganization() {
        var wave = fixtures.npsWave(false, AudienceKind.ALL);
        mark(wave);
        SignIn.as(provider, "manager@vendor.test");
        var token = designer.invite(wave.id(), "dana@example.test", northwind);
        var unattributed = designer.invite(wave.id(), "erin@example.test", null);
        SignIn.out();

        collection.submitByLink(unattributed, Map.of(wave.question(1), Answer.number(10)));
        assertThat(discoveryStepsDone()).as("a link without an organization completes nobody's step").isZero();

        collection.submitByLink(token, Map.of(wave.question(1), Answer.number(4)));

        assertThat(discoveryStepsDone()).isEqualTo(1);
        assertThat(northwindsStepDone()).isTrue();
    }

    @Test
    void otherSurveysAndAnonymousWavesOfTheDiscoverySurveyCompleteNothing() {
        var other = fixtures.npsWave(false, AudienceKind.ALL);
        var anonymous = fixtures.npsWave(true, AudienceKind.ALL);
        mark(anonymous);
        SignIn.as(provider, "alice@northwind.test");

        collection.submit(other.id(), Map.of(other.question(1), Answer.number(9)));
        collection.submit(anonymous.id(), Map.of(anonymous.question(1), Answer.number(9)));

        assertThat(discoveryStepsDone()).isZero();
    }

    @Test
    void onlyStaffMarkTheDiscoverySurveyAndMarkingAnotherMovesTheMark() {
        var first = fixtures.npsWave(false, AudienceKind.ALL);
        var second = fixtures.npsWave(false, AudienceKind.ALL);
        long audited = audit.recorded(AuditAction.SURVEY_MARKED_AS_DISCOVERY).size();

        SignIn.as(provider, "alice@northwind.test");
        assertThatThrownBy(() -> designer.markDiscovery(first.survey().id())).isInstanceOf(AccessDeniedException.class);
        SignIn.out();
        assertThat(jdbc.queryForObject("select count(*) from survey where discovery", Integer.class)).isZero();

        mark(first);
        mark(second);
        mark(second);

        SignIn.as(provider, "manager@vendor.test");
        assertThat(designer.discoverySurvey()).contains(second.survey().id());
        assertThat(jdbc.queryForObject("select count(*) from survey where discovery", Integer.class)).isEqualTo(1);
        var entries = audit.recorded(AuditAction.SURVEY_MARKED_AS_DISCOVERY);
        assertThat(entries).hasSize((int) audited + 2);
        assertThat(entries.getLast().detail()).isEqualTo(second.survey().title());
    }
}
