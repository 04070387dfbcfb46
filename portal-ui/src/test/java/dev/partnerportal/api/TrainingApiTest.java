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
import java.util.ArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The training API answers to the same audience as the library: a course for Gold partners is not there for Registered ones. */
@PortalWebTest
class TrainingApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        TrainingData.reset(jdbc);
    }

    @AfterEach
    void tearDown() {
        TrainingData.reset(jdbc);
    }

    @Test
    void aCourseForGoldPartnersAndItsQuizAreNotFoundForARegisteredPartner() throws IOException, InterruptedException {
        TrainingData.salesCourseForGoldOnly(jdbc);
        var carol = api.tokenFor("carol@contoso.test", DEMO_PASSWORD);
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);

        assertThat(courseCodes(carol)).containsExactly("implementation-basics");
        var start = startQuiz(carol);
        assertThat(start.statusCode()).isEqualTo(404);
        assertThat(start.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(jdbc.queryForObject("select count(*) from training_attempt", Long.class)).isZero();

        assertThat(courseCodes(alice)).containsExactly("implementation-basics", "sales-fundamentals");
        assertThat(startQuiz(alice).statusCode()).isEqualTo(200);
    }

    private java.util.List<String> courseCodes(String bearer) {
        var response = api.get("/api/training/courses", bearer);
        assertThat(response.status()).isEqualTo(200);
        var codes = new ArrayList<String>();
        api.read(response.body()).forEach(course -> codes.add(course.get("code").asString()));
        return codes;
    }

    private HttpResponse<String> startQuiz(String bearer) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/training/quizzes/sales-fundamentals-quiz/attempts"))
                .header("Authorization", "Bearer " + bearer).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
