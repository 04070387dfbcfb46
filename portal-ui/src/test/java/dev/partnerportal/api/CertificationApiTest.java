package dev.partnerportal.api;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.ApiClient;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.support.TrainingData;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Certification and training routes over real HTTP: tenancy, the answer key kept back, and public badges. */
@PortalWebTest
class CertificationApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    long alicesAward;
    String alicesCode;

    @BeforeEach
    void setUp() {
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        TrainingData.reset(jdbc);
        api = new ApiClient(port);
        alicesAward = jdbc.queryForObject("""
                select a.id from certification_award a join portal_user u on u.id = a.user_id where u.email = 'alice@northwind.test'""", Long.class);
        alicesCode = jdbc.queryForObject("select verification_code from certification_award where id = ?", String.class, alicesAward);
    }

    @AfterEach
    void reset() {
        TrainingData.reset(jdbc);
    }

    @Test
    void eachCallerListsWhatTheirRoleAllowsAndAnotherOrganizationsIdIsNotFound() {
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        var carol = api.tokenFor("carol@contoso.test", DEMO_PASSWORD);
        var manager = api.tokenFor("manager@vendor.test", DEMO_PASSWORD);

        assertThat(api.read(api.get("/api/certifications", alice).body()).get("total").asLong()).isEqualTo(1);
        assertThat(api.read(api.get("/api/certifications", carol).body()).get("total").asLong()).isZero();
        assertThat(api.read(api.get("/api/certifications", manager).body()).get("total").asLong()).isEqualTo(1);
        assertThat(api.get("/api/certifications/" + alicesAward, alice).status()).isEqualTo(200);
        assertThat(api.get("/api/certifications/" + alicesAward, carol).status()).isEqualTo(404);
        assertThat(api.get("/api/certifications/" + alicesAward + "/badge", carol).status()).isEqualTo(404);
        assertThat(api.get("/api/certifications/999999", alice).status()).isEqualTo(404);
        assertThat(api.get("/api/certifications", null).status()).isEqualTo(401);
    }

    @Test
    void theBadgeIsAnOpenBadgesAssertionHostedAtAPublicUrl() {
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);

        var badge = api.read(api.get("/api/certifications/" + alicesAward + "/badge", alice).body());
        var hosted = api.get("/api/public/badges/" + alicesCode, null);
        var badgeClass = api.get("/api/public/badge-classes/sales-professional", null);

        assertThat(badge.get("@context").asString()).isEqualTo("https://w3id.org/openbadges/v2");
        assertThat(badge.get("verification").get("type").asString()).isEqualTo("hosted");
        assertThat(badge.get("id").asString()).endsWith("/api/public/badges/" + alicesCode);
        assertThat(hosted.status()).isEqualTo(200);
        assertThat(api.read(hosted.body())).isEqualTo(badge);
        assertThat(hosted.body()).doesNotContain("alice@northwind.test");
        assertThat(api.read(badgeClass.body()).get("name").asString()).isEqualTo("Sales Professional");
        assertThat(api.get("/api/public/badges/AAAAA-BBBBB-CCCCC-DDDDD", null).status()).isEqualTo(404);
    }

    @Test
    void guessingBadgeCodesAtScaleIsAnswered429() {
        int notFound = 0;
        int limited = 0;
        for (int i = 0; i < 40; i++) {
            var status = api.get("/api/public/badges/%05d-00000-00000-00000".formatted(i), null).status();
            if (status == 404) {
                notFound++;
            } else if (status == 429) {
                limited++;
            }
        }

        assertThat(notFound).isEqualTo(30);
        assertThat(limited).isEqualTo(10);
        assertThat(api.get("/api/public/badges/" + alicesCode, null).status()).as("even a real code").isEqualTo(429);
    }

    @Test
    void aQuizSheetNeverCarriesTheAnswerKeyAndAnotherPersonsAttemptIsNotFound() throws Exception {
        var bob = api.tokenFor("bob@northwind.test", DEMO_PASSWORD);
        var carol = api.tokenFor("carol@contoso.test", DEMO_PASSWORD);

        var started = send("POST", "/api/training/quizzes/sales-fundamentals-quiz/attempts", bob, "");
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(started.body()).doesNotContainIgnoringCase("correct").doesNotContain("\"key\"");
        var sheet = api.read(started.body());
        long attempt = sheet.get("attemptId").asLong();
        var key = TrainingData.answerKey(jdbc, "sales-fundamentals-quiz");
        var answers = new HashMap<String, Set<Integer>>();
        sheet.get("questions").forEach(q -> answers.put(q.get("questionId").asString(), key.get(q.get("text").asString())));
        var body = JsonMapper.builder().build().writeValueAsString(Map.of("answers", answers));

        assertThat(send("POST", "/api/training/attempts/" + attempt, carol, body).statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from training_attempt where submitted_at is not null", Long.class)).isZero();
        var scored = send("POST", "/api/training/attempts/" + attempt, bob, body);

        assertThat(scored.statusCode()).isEqualTo(200);
        assertThat(api.read(scored.body()).get("scorePercent").asInt()).isEqualTo(100);
        assertThat(scored.body()).doesNotContainIgnoringCase("correct");
        assertThat(api.read(api.get("/api/training/courses", bob).body()).get(0).get("code").asString()).isEqualTo("implementation-basics");
    }

    @Test
    void aFailedAttemptIsFollowedByACoolDownAnswered409() throws Exception {
        var bob = api.tokenFor("bob@northwind.test", DEMO_PASSWORD);
        long attempt = api.read(send("POST", "/api/training/quizzes/sales-fundamentals-quiz/attempts", bob, "").body())
                .get("attemptId").asLong();
        send("POST", "/api/training/attempts/" + attempt, bob, "{\"answers\":{}}");

        var again = send("POST", "/api/training/quizzes/sales-fundamentals-quiz/attempts", bob, "");

        assertThat(again.statusCode()).isEqualTo(409);
        var problem = api.read(again.body());
        assertThat(problem.get("reason").asString()).isEqualTo("COOLING_DOWN");
        assertThat(problem.get("code").asString()).isEqualTo("training.cooling-down");
        assertThat(problem.get("until").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).startsWith("The next attempt may start at ");
    }

    private HttpResponse<String> send(String method, String path, String token, String json) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
