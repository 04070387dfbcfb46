package dev.partnerportal.api.survey;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.ApiClient;
import dev.partnerportal.support.PortalWebTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The survey API over real HTTP: partners answer their own organization's waves, staff read results. */
@PortalWebTest
class SurveyApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    long goldWave;
    long npsQuestion;

    @BeforeEach
    void setUp() {
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        api = new ApiClient(port);
        goldWave = jdbc.queryForObject("select id from survey_wave where name = 'Q4 2026 (Gold)'", Long.class);
        npsQuestion = jdbc.queryForObject("""
                select q.id from survey_question q join survey_wave w on w.survey_id = q.survey_id
                where w.id = ? and q.ordinal = 1""", Long.class, goldWave);
    }

    private HttpResponse<String> send(String method, String path, String token, String json) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private int responses(long wave) {
        return jdbc.queryForObject("select count(*) from survey_response where wave_id = ?", Integer.class, wave);
    }

    @Test
    void aGoldPartnerListsTheOpenGoldWaveAndARegisteredPartnerDoesNot() {
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        var carol = api.tokenFor("carol@contoso.test", DEMO_PASSWORD);

        assertThat(api.get("/api/surveys/open", alice).body()).contains("\"waveId\":" + goldWave);
        assertThat(api.get("/api/surveys/open", carol).body()).doesNotContain("\"waveId\":" + goldWave);
        var form = api.get("/api/surveys/waves/" + goldWave + "?lang=ar", alice);
        assertThat(form.status()).isEqualTo(200);
        assertThat(api.read(form.body()).get("questions").get(0).get("text").asString()).startsWith("ما مدى احتمال");
    }

    @Test
    void anotherOrganizationCannotReadOrAnswerTheWaveAndNothingChanges() throws Exception {
        var carol = api.tokenFor("carol@contoso.test", DEMO_PASSWORD);
        int before = responses(goldWave);

        assertThat(api.get("/api/surveys/waves/" + goldWave, carol).status()).isEqualTo(404);
        var submit = send("POST", "/api/surveys/waves/" + goldWave + "/response", carol,
                "{\"answers\":[{\"questionId\":" + npsQuestion + ",\"number\":10}]}");
        var draft = send("PUT", "/api/surveys/waves/" + goldWave + "/draft", carol,
                "{\"answers\":[{\"questionId\":" + npsQuestion + ",\"number\":10}]}");

        assertThat(submit.statusCode()).isEqualTo(404);
        assertThat(draft.statusCode()).isEqualTo(404);
        assertThat(api.get("/api/surveys/waves/999999", carol).status()).isEqualTo(404);
        assertThat(responses(goldWave)).isEqualTo(before);
    }

    @Test
    void aPartnerSavesADraftSubmitsOnceAndReadsTheirOwnAnswers() throws Exception {
        var bob = api.tokenFor("bob@northwind.test", DEMO_PASSWORD);
        var path = "/api/surveys/waves/" + goldWave;

        assertThat(send("PUT", path + "/draft", bob, "{\"answers\":[{\"questionId\":" + npsQuestion + ",\"number\":11}]}")
                .statusCode()).isEqualTo(400);
        var incomplete = send("POST", path + "/response", bob, "{\"answers\":[]}");
        assertThat(incomplete.statusCode()).isEqualTo(400);
        var missing = api.read(incomplete.body());
        assertThat(missing.get("type").asString()).isEqualTo("urn:partnerportal:problem:incomplete");
        assertThat(missing.get("code").asString()).isEqualTo("survey.incomplete");
        assertThat(missing.get("missingQuestionIds").toString()).contains(Long.toString(npsQuestion));
        assertThat(send("PUT", path + "/draft", bob, "{\"answers\":[{\"questionId\":" + npsQuestion + ",\"number\":9}]}")
                .statusCode()).isEqualTo(204);
        assertThat(api.read(api.get(path, bob).body()).get("state").asString()).isEqualTo("DRAFT");
        assertThat(send("POST", path + "/response", bob, "{\"answers\":[{\"questionId\":" + npsQuestion + ",\"number\":9}]}")
                .statusCode()).isEqualTo(204);
        var again = send("POST", path + "/response", bob, "{\"answers\":[{\"questionId\":" + npsQuestion + ",\"number\":0}]}");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(api.read(again.body()).get("type").asString()).isEqualTo("urn:partnerportal:problem:already-answered");
        assertThat(api.read(again.body()).get("code").asString()).isEqualTo("survey.already-answered");
        var form = api.read(api.get(path, bob).body());
        assertThat(form.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(form.get("answers").get(0).get("number").asInt()).isEqualTo(9);
    }

    @Test
    void partnersNeverSeeResultsAndStaffGetScoreAndSafeCsv() {
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        var manager = api.tokenFor("manager@vendor.test", DEMO_PASSWORD);
        long q3 = jdbc.queryForObject("select id from survey_wave where name = 'Q3 2026'", Long.class);

        assertThat(api.get("/api/surveys/waves/" + q3 + "/results", alice).status()).isEqualTo(403);
        assertThat(api.get("/api/surveys/waves/" + q3 + "/export.csv", alice).status()).isEqualTo(403);
        assertThat(api.get("/api/surveys/open", manager).status()).isEqualTo(403);

        var results = api.get("/api/surveys/waves/" + q3 + "/results", manager);
        assertThat(results.status()).isEqualTo(200);
        var nps = api.read(results.body()).get("nps");
        assertThat(nps.get("score").asDouble()).isEqualTo(0.0);
        assertThat(nps.get("promoters").asInt()).isEqualTo(1);
        assertThat(nps.get("detractors").asInt()).isEqualTo(1);
        var csv = api.get("/api/surveys/waves/" + q3 + "/export.csv", manager);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("response,submitted_at,organization,tier,region,How likely")
                .contains("Northwind Traders", "Support tickets take too long.");
        assertThat(api.get("/api/surveys/waves/999999/results", manager).status()).isEqualTo(404);
    }
}
