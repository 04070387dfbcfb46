package dev.partnerportal.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Collecting answers on H2 and PostgreSQL: audience, drafts, one response per person, closing, tenancy. */
abstract class SurveyCollectionContract {

    @Autowired
    SurveyCollection collection;
    @Autowired
    SurveyDesigner designer;
    @Autowired
    SurveyResults results;
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

    private int rows(String table, SurveyFixtures.Wave wave) {
        var sql = switch (table) {
            case "survey_response" -> "select count(*) from survey_response where wave_id = ?";
            case "survey_answer" -> "select count(*) from survey_answer a join survey_response r on r.id = a.response_id where r.wave_id = ?";
            default -> throw new IllegalArgumentException(table);
        };
        return jdbc.queryForObject(sql, Integer.class, wave.id().value());
    }

    @Test
    void partnersInTheAudienceSeeTheOpenWaveAndOthersDoNot() {
        var gold = fixtures.npsWave(false, AudienceKind.TIERS, "GOLD");
        var northAmerica = fixtures.npsWave(false, AudienceKind.REGIONS, "North America");
        var contosoOnly = fixtures.npsWave(false, AudienceKind.ORGANIZATIONS,
                organizations.findByName("Contoso Ltd").orElseThrow().organizationId().toString());

        SignIn.as(provider, "alice@northwind.test");
        assertThat(collection.openForMe()).extracting(o -> o.wave().id()).contains(gold.id())
                .doesNotContain(northAmerica.id(), contosoOnly.id());
        assertThat(collection.form(gold.id())).get().extracting(SurveyForm::state).isEqualTo(ResponseState.NOT_STARTED);

        SignIn.as(provider, "carol@contoso.test");
        assertThat(collection.openForMe()).extracting(o -> o.wave().id()).contains(northAmerica.id(), contosoOnly.id())
                .doesNotContain(gold.id());
        assertThat(collection.form(gold.id())).isEmpty();
    }

    @Test
    void aDraftIsSavedAndFinishedLaterAndThenIsFinal() {
        var wave = fixtures.npsWave(false, AudienceKind.ALL);
        SignIn.as(provider, "alice@northwind.test");

        collection.saveDraft(wave.id(), Map.of(wave.question(1), Answer.number(7)));
        assertThat(collection.form(wave.id()).orElseThrow().state()).isEqualTo(ResponseState.DRAFT);
        assertThat(collection.form(wave.id()).orElseThrow().answers()).containsEntry(wave.question(1), Answer.number(7));

        collection.submit(wave.id(), Map.of(wave.question(1), Answer.number(10), wave.question(5), Answer.yes(true)));
        var form = collection.form(wave.id()).orElseThrow();
        assertThat(form.state()).isEqualTo(ResponseState.SUBMITTED);
        assertThat(form.editable()).isFalse();
        assertThat(form.answers()).containsOnly(Map.entry(wave.question(1), Answer.number(10)),
                Map.entry(wave.question(5), Answer.number(1)));

        assertThatThrownBy(() -> collection.submit(wave.id(), Map.of(wave.question(1), Answer.number(0))))
                .isInstanceOf(AlreadyAnsweredException.class);
        assertThatThrownBy(() -> collection.saveDraft(wave.id(), Map.of(wave.question(1), Answer.number(0))))
                .isInstanceOf(AlreadyAnsweredException.class);
        assertThat(rows("survey_response", wave)).isEqualTo(1);
        assertThat(rows("survey_answer", wave)).isEqualTo(2);
        assertThat(collection.form(wave.id()).orElseThrow().answers()).containsEntry(wave.question(1), Answer.number(10));
    }

    @Test
    void aRequiredFollowUpBelowNineMustBeAnswered() {
        var wave = fixtures.npsWave(false, AudienceKind.ALL);
        SignIn.as(provider, "bob@northwind.test");

        // The template's follow-up is optional; the NPS question itself is required.
        assertThatThrownBy(() -> collection.submit(wave.id(), Map.of(wave.question(3), Answer.number(4))))
                .isInstanceOf(IncompleteResponseException.class);
        assertThat(rows("survey_response", wave)).isZero();
    }

    @Test
    void afterTheWaveClosesNothingCanBeSavedButOwnAnswersStayReadable() {
        var wave = fixtures.npsWave(false, AudienceKind.ALL);
        SignIn.as(provider, "alice@northwind.test");
        collection.saveDraft(wave.id(), Map.of(wave.question(1), Answer.number(9)));

        clock.advance(Duration.ofDays(30));

        assertThatThrownBy(() -> collection.submit(wave.id(), Map.of(wave.question(1), Answer.number(9))))
                .isInstanceOf(SurveyClosedException.class);
        assertThat(collection.openForMe()).extracting(o -> o.wave().id()).doesNotContain(wave.id());
        var form = collection.form(wave.id()).orElseThrow();
        assertThat(form.editable()).isFalse();
        assertThat(form.state()).isEqualTo(ResponseState.DRAFT);
        SignIn.as(provider, "bob@northwind.test");
        assertThat(collection.form(wave.id())).as("closed and never started").isEmpty();
    }

    @Test
    void aPartnerOfAnotherOrganizationCannotReadOrChangeResponses() {
        var gold = fixtures.npsWave(false, AudienceKind.TIERS, "GOLD");
        var everyone = fixtures.npsWave(false, AudienceKind.ALL);
        SignIn.as(provider, "alice@northwind.test");
        collection.saveDraft(gold.id(), Map.of(gold.question(1), Answer.number(3)));
        collection.saveDraft(everyone.id(), Map.of(everyone.question(1), Answer.number(3)));

        SignIn.as(provider, "carol@contoso.test");
        assertThat(collection.form(gold.id())).isEmpty();
        assertThatThrownBy(() -> collection.submit(gold.id(), Map.of(gold.question(1), Answer.number(10))))
                .isInstanceOf(SurveyNotFoundException.class);
        assertThatThrownBy(() -> collection.saveDraft(gold.id(), Map.of(gold.question(1), Answer.number(10))))
                .isInstanceOf(SurveyNotFoundException.class);
        assertThat(collection.form(everyone.id()).orElseThrow().answers()).as("Carol sees her own, empty form").isEmpty();
        assertThat(rows("survey_response", gold)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select a.number_value from survey_answer a join survey_response r on r.id = a.response_id where r.wave_id = ?",
                Integer.class, gold.id().value())).isEqualTo(3);

        SignIn.as(provider, "bob@northwind.test");
        assertThat(collection.form(gold.id()).orElseThrow().answers()).as("a colleague's draft is not Bob's").isEmpty();
    }

    @Test
    void partnersNeverBuildSurveysOrSeeResultsAndStaffDoNotAnswer() {
        var wave = fixtures.npsWave(false, AudienceKind.ALL);
        SignIn.as(provider, "alice@northwind.test");
        assertThatThrownBy(() -> results.results(wave.id(), Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> results.exportCsv(wave.id(), new StringBuilder())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> designer.surveys()).isInstanceOf(AccessDeniedException.class);

        SignIn.as(provider, "editor@vendor.test");
        assertThatThrownBy(() -> results.results(wave.id(), Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);

        SignIn.as(provider, "manager@vendor.test");
        assertThatThrownBy(() -> collection.openForMe()).isInstanceOf(AccessDeniedException.class);
        assertThat(results.results(wave.id(), Locale.ENGLISH)).isPresent();
    }

    @Test
    void questionTextIsStoredPerLanguage() {
        var wave = fixtures.npsWave(false, AudienceKind.ALL);
        var nps = wave.survey().questions().getFirst();

        assertThat(nps.kind()).isEqualTo(QuestionKind.NPS);
        assertThat(nps.text(Locale.forLanguageTag("ar"))).startsWith("ما مدى احتمال");
        assertThat(nps.text(Locale.ENGLISH)).startsWith("How likely");
        assertThat(wave.survey().questions().get(3).options(Locale.forLanguageTag("ar"))).contains("التدريب");
        assertThat(wave.survey().questions().get(1).parentOrdinal()).isEqualTo(1);
    }
}
