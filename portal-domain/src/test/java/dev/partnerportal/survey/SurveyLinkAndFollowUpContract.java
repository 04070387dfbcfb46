package dev.partnerportal.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.shared.Sha256;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Personal links and detractor follow-up on H2 and PostgreSQL. */
abstract class SurveyLinkAndFollowUpContract {

    @Autowired
    SurveyCollection collection;
    @Autowired
    SurveyDesigner designer;
    @Autowired
    FollowUpDesk desk;
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

    @AfterEach
    void reset() {
        SignIn.out();
        clock.set(TestClockConfiguration.START);
    }

    private String invite(SurveyFixtures.Wave wave, String email) {
        SignIn.as(provider, "manager@vendor.test");
        try {
            return designer.invite(wave.id(), email, organizations.findByName("Northwind Traders").orElseThrow().organizationId());
        } finally {
            SignIn.out();
        }
    }

    private int responses(SurveyFixtures.Wave wave) {
        return jdbc.queryForObject("select count(*) from survey_response where wave_id = ?", Integer.class, wave.id().value());
    }

    @Test
    void theLinkIsMailedAndOnlyItsHashIsStored() {
        var wave = fixtures.npsWave(false, AudienceKind.ALL);

        var token = invite(wave, "dana@northwind.test");

        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        var body = jdbc.queryForObject("select body from mail_message where recipient = 'dana@northwind.test' order by id desc limit 1", String.class);
        assertThat(body).contains("/survey-link/" + token);
        assertThat(jdbc.queryForObject("select count(*) from survey_invitation where token_hash = ?", Integer.class, token)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from survey_invitation where email = 'dana@northwind.test' and wave_id = ?",
                Integer.class, wave.id().value())).isEqualTo(1);
    }

    @Test
    void aLinkAnswersOnceForItsPersonAndAnotherLinkIsSomeoneElse() {
        var wave = fixtures.npsWave(false, AudienceKind.ALL);
        var dana = invite(wave, "dana@example.test");
        var erin = invite(wave, "erin@example.test");

        collection.saveDraftByLink(dana, Map.of(wave.question(1), Answer.number(10)));
        assertThat(collection.formByLink(erin).orElseThrow().answers()).as("Erin's link does not show Dana's draft").isEmpty();
        collection.submitByLink(dana, Map.of(wave.question(1), Answer.number(10)));

        assertThatThrownBy(() -> collection.submitByLink(dana, Map.of(wave.question(1), Answer.number(0))))
                .isInstanceOf(AlreadyAnsweredException.class);
        assertThat(collection.formByLink(dana).orElseThrow().editable()).isFalse();
        collection.submitByLink(erin, Map.of(wave.question(1), Answer.number(8)));
        assertThat(responses(wave)).isEqualTo(2);
        assertThat(collection.formByLink("not-a-token")).isEmpty();
        assertThatThrownBy(() -> collection.submitByLink("not-a-token", Map.of(wave.question(1), Answer.number(1))))
                .isInstanceOf(SurveyNotFoundException.class);
    }

    @Test
    void aLinkIsDeadOnceTheWaveCloses() {
        var wave = fixtures.npsWave(false, AudienceKind.ALL);
        var dana = invite(wave, "dana@example.test");
        collection.saveDraftByLink(dana, Map.of(wave.question(1), Answer.number(6)));

        clock.advance(Duration.ofDays(30));

        assertThat(collection.formByLink(dana)).isEmpty();
        assertThatThrownBy(() -> collection.submitByLink(dana, Map.of(wave.question(1), Answer.number(6))))
                .isInstanceOf(SurveyNotFoundException.class);
        assertThat(jdbc.queryForObject("select status from survey_response where wave_id = ?", String.class, wave.id().value()))
                .isEqualTo("DRAFT");
    }

    @Test
    void aPersonWithAnAccountAnswersOnceThroughThePortalOrTheirLinkWhicheverComesFirst() {
        var wave = fixtures.npsWave(false, AudienceKind.ALL);
        var alicesLink = invite(wave, "Alice@Northwind.test");
        var bobsLink = invite(wave, "bob@northwind.test");

        SignIn.as(provider, "alice@northwind.test");
        collection.submit(wave.id(), Map.of(wave.question(1), Answer.number(9)));
        SignIn.out();
        assertThatThrownBy(() -> collection.submitByLink(alicesLink, Map.of(wave.question(1), Answer.number(0))))
                .isInstanceOf(AlreadyAnsweredException.class);
        assertThat(collection.formByLink(alicesLink).orElseThrow().editable()).isFalse();
        assertThat(collection.formByLink(alicesLink).orElseThrow().answers().get(wave.question(1)).number()).isEqualTo(9);

        collection.saveDraftByLink(bobsLink, Map.of(wave.question(1), Answer.number(3)));
        SignIn.as(provider, "bob@northwind.test");
        assertThat(collection.form(wave.id()).orElseThrow().answers().get(wave.question(1)).number())
                .as("the draft begun through the link is Bob's draft in the portal").isEqualTo(3);
        collection.submit(wave.id(), Map.of(wave.question(1), Answer.number(4)));
        SignIn.out();
        assertThatThrownBy(() -> collection.submitByLink(bobsLink, Map.of(wave.question(1), Answer.number(10))))
                .isInstanceOf(AlreadyAnsweredException.class);

        assertThat(responses(wave)).isEqualTo(2);
        assertThat(jdbc.queryForList("select a.number_value from survey_answer a join survey_response r on r.id = a.response_id "
                + "where r.wave_id = ? and a.question_id = ? order by a.number_value", Integer.class,
                wave.id().value(), wave.question(1))).containsExactly(4, 9);
    }

    @Test
    void aResponseGivenThroughTheLinkBeforeTheAccountExistedIsTheSamePersonsInThePortal() {
        var wave = fixtures.npsWave(false, AudienceKind.ALL);
        var link = invite(wave, "alice@northwind.test");
        collection.submitByLink(link, Map.of(wave.question(1), Answer.number(7)));
        // As if Alice's account had been created after she answered: the row carries her link's key.
        var invitation = jdbc.queryForObject("select id from survey_invitation where wave_id = ? and email = 'alice@northwind.test'",
                Long.class, wave.id().value());
        var salt = jdbc.queryForObject("select respondent_salt from survey_wave where id = ?", String.class, wave.id().value());
        jdbc.update("update survey_response set respondent_key = ? where wave_id = ?",
                Sha256.hex(salt + ":invitation:" + invitation), wave.id().value());

        SignIn.as(provider, "alice@northwind.test");
        assertThat(collection.form(wave.id()).orElseThrow().state()).isEqualTo(ResponseState.SUBMITTED);
        assertThatThrownBy(() -> collection.submit(wave.id(), Map.of(wave.question(1), Answer.number(1))))
                .isInstanceOf(AlreadyAnsweredException.class);
        assertThat(responses(wave)).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesASecondResponseOfThePersonInTheWave() {
        var wave = fixtures.npsWave(false, AudienceKind.ALL);
        SignIn.as(provider, "alice@northwind.test");
        collection.saveDraft(wave.id(), Map.of());
        var key = jdbc.queryForObject("select respondent_key from survey_response where wave_id = ?", String.class, wave.id().value());

        assertThatThrownBy(() -> jdbc.update("insert into survey_response (wave_id, respondent_key, status, started_at) values (?, ?, 'DRAFT', current_timestamp)",
                wave.id().value(), key)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(responses(wave)).isEqualTo(1);
    }

    @Test
    void anAttributedDetractorOpensAFollowUpForThePartnerManagerWhoClosesIt() {
        var wave = fixtures.npsWave(false, AudienceKind.ALL);
        SignIn.as(provider, "bob@northwind.test");
        collection.submit(wave.id(), Map.of(wave.question(1), Answer.number(5), wave.question(2), Answer.text("Slow support")));
        SignIn.as(provider, "alice@northwind.test");
        collection.submit(wave.id(), Map.of(wave.question(1), Answer.number(9)));
        assertThatThrownBy(() -> desk.myTasks()).isInstanceOf(AccessDeniedException.class);

        SignIn.as(provider, "manager@vendor.test");
        var task = desk.myTasks().stream().filter(t -> t.waveName().equals(designer.wave(wave.id()).orElseThrow().name()))
                .toList();
        assertThat(task).singleElement().satisfies(t -> {
            assertThat(t.score()).isEqualTo(5);
            assertThat(t.organizationName()).isEqualTo("Northwind Traders");
            assertThat(t.respondent()).contains("bob@northwind.test");
            assertThat(t.open()).isTrue();
        });
        var id = task.getFirst().id();

        desk.close(id, "Called Bob; escalated the support backlog.");

        var closed = desk.myTasks().stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        assertThat(closed.open()).isFalse();
        assertThat(closed.resolution()).isEqualTo("Called Bob; escalated the support backlog.");
        assertThat(closed.closedAt()).isEqualTo(TestClockConfiguration.START);
        assertThatThrownBy(() -> desk.close(id, "again"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.error()).isEqualTo(SurveyError.FOLLOW_UP_CLOSED));
        SignIn.as(provider, "admin@vendor.test");
        assertThat(desk.myTasks()).extracting(FollowUp::id).contains(id);
    }

    @Test
    void aDetractorOfAnOrganizationWithoutPartnerManagerGoesToAdministratorsOnly() {
        var wave = fixtures.npsWave(false, AudienceKind.ALL);
        var contoso = organizations.findByName("Contoso Ltd").orElseThrow().organizationId().value();
        var manager = jdbc.queryForObject("select partner_manager_id from partner_organization where id = ?", Long.class, contoso);
        jdbc.update("update partner_organization set partner_manager_id = null where id = ?", contoso);
        try {
            SignIn.as(provider, "carol@contoso.test");
            collection.submit(wave.id(), Map.of(wave.question(1), Answer.number(0)));

            SignIn.as(provider, "manager@vendor.test");
            var waveName = designer.wave(wave.id()).orElseThrow().name();
            assertThat(desk.myTasks()).extracting(FollowUp::waveName).doesNotContain(waveName);
            var task = jdbc.queryForObject("select f.id from survey_follow_up f join survey_response r on r.id = f.response_id where r.wave_id = ?",
                    Long.class, wave.id().value());
            assertThatThrownBy(() -> desk.close(task, "not mine")).isInstanceOf(SurveyNotFoundException.class);

            SignIn.as(provider, "admin@vendor.test");
            assertThat(desk.myTasks()).extracting(FollowUp::id).contains(task);
            desk.close(task, "Called Carol.");
            assertThat(jdbc.queryForObject("select resolution from survey_follow_up where id = ?", String.class, task))
                    .isEqualTo("Called Carol.");
        } finally {
            jdbc.update("update partner_organization set partner_manager_id = ? where id = ?", manager, contoso);
        }
    }

    @Test
    void anonymousDetractorsOpenNoTaskAndAreStoredWithoutName() {
        var wave = fixtures.npsWave(true, AudienceKind.ALL);
        int tasksBefore = jdbc.queryForObject("select count(*) from survey_follow_up", Integer.class);
        SignIn.as(provider, "bob@northwind.test");

        collection.submit(wave.id(), Map.of(wave.question(1), Answer.number(2)));

        assertThat(jdbc.queryForObject("select count(*) from survey_follow_up", Integer.class)).isEqualTo(tasksBefore);
        assertThat(jdbc.queryForObject("select count(*) from survey_response where wave_id = ? and user_id is null and invitation_id is null",
                Integer.class, wave.id().value())).isEqualTo(1);
        assertThat(collection.form(wave.id()).orElseThrow().answers()).as("Bob still sees his own answers")
                .containsEntry(wave.question(1), Answer.number(2));
    }
}
