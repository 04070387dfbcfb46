package dev.partnerportal.durability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What people do through the API while the portal gets killed: an administrator creates content drafts and
 * publishes every second one, a partner keeps saving her survey answers, and a partner signs in again and
 * again. A write counts as acknowledged only once its success answer (201, 200, 204) has arrived.
 */
final class Workload {

    static final String MARKER = "durabilitycheck";
    static final String DEMO_PASSWORD = "partner-portal-demo";

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Acknowledged writes over all rounds. */
    final Queue<Long> drafts = new ConcurrentLinkedQueue<>();
    final Queue<Long> published = new ConcurrentLinkedQueue<>();
    final Queue<String> tokens = new ConcurrentLinkedQueue<>();
    final AtomicLong surveySequence = new AtomicLong();
    final AtomicLong lastAcknowledgedSurvey = new AtomicLong();
    /** Acknowledged writes in the current round. */
    final AtomicInteger acknowledged = new AtomicInteger();

    private volatile int port;
    private volatile boolean running;

    record Answer(int status, String body) {
    }

    /** Runs the three writers against the portal on {@code port} until {@link #stop()} or the portal dies. */
    List<Thread> start(int port, int round) {
        connect(port);
        this.running = true;
        acknowledged.set(0);
        var admin = token("admin@vendor.test");
        var alice = token("alice@northwind.test");
        var wave = read(call("GET", "/api/surveys/open", alice, null).body()).get(0).get("waveId").asLong();
        var question = freeTextQuestion(alice, wave);
        var score = question("NPS", alice, wave);
        return List.of(
                Thread.ofPlatform().name("durability-content").start(() -> writeContent(admin, round)),
                Thread.ofPlatform().name("durability-survey").start(() -> saveSurveyDrafts(alice, wave, score, question)),
                Thread.ofPlatform().name("durability-sign-in").start(this::signIn));
    }

    /** Sends the following requests to the portal on {@code port}. */
    void connect(int port) {
        this.port = port;
    }

    void stop() {
        running = false;
    }

    private void writeContent(String admin, int round) {
        for (int n = 0; running; n++) {
            var body = Map.of("type", "INDUSTRY_REPORT", "title", "Durabilitycheck report round " + round + " number " + n,
                    "summary", "Written while the portal may be killed", "body", "A " + MARKER + " body.");
            var created = call("POST", "/api/content", admin, json.writeValueAsString(body));
            if (created.status() != 201) {
                return;
            }
            long id = read(created.body()).get("id").asLong();
            drafts.add(id);
            acknowledged.incrementAndGet();
            if (n % 2 == 0) {
                if (call("POST", "/api/content/" + id + "/publish", admin, null).status() != 200) {
                    return;
                }
                published.add(id);
                acknowledged.incrementAndGet();
            }
        }
    }

    /** The free-text question follows up a score of 0 to 8, so each draft gives a 5 and a numbered text. */
    private void saveSurveyDrafts(String alice, long wave, long score, long question) {
        while (running) {
            long sequence = surveySequence.incrementAndGet();
            var answers = Map.of("answers", List.of(Map.of("questionId", score, "number", 5),
                    Map.of("questionId", question, "text", "draft " + sequence)));
            if (call("PUT", "/api/surveys/waves/" + wave + "/draft", alice, json.writeValueAsString(answers)).status() != 204) {
                return;
            }
            lastAcknowledgedSurvey.accumulateAndGet(sequence, Math::max);
            acknowledged.incrementAndGet();
        }
    }

    private void signIn() {
        while (running) {
            var answer = call("POST", "/api/auth/token", null, json.writeValueAsString(
                    Map.of("username", "bob@northwind.test", "password", DEMO_PASSWORD)));
            if (answer.status() != 200) {
                return;
            }
            tokens.add(read(answer.body()).get("token").asString());
            acknowledged.incrementAndGet();
        }
    }

    String token(String username) {
        var answer = call("POST", "/api/auth/token", null, json.writeValueAsString(
                Map.of("username", username, "password", DEMO_PASSWORD)));
        if (answer.status() != 200) {
            throw new IllegalStateException("sign-in of " + username + " answered " + answer.status() + " " + answer.body());
        }
        var token = read(answer.body()).get("token").asString();
        tokens.add(token);
        return token;
    }

    long freeTextQuestion(String bearer, long wave) {
        return question("FREE_TEXT", bearer, wave);
    }

    private long question(String kind, String bearer, long wave) {
        for (var question : read(call("GET", "/api/surveys/waves/" + wave, bearer, null).body()).get("questions")) {
            if (question.get("kind").asString().equals(kind)) {
                return question.get("id").asLong();
            }
        }
        throw new IllegalStateException("the open demo wave has no " + kind + " question");
    }

    /** The sequence number of the survey draft the portal has stored, or 0 when there is none. */
    long storedSurveyDraft(String bearer) {
        var wave = read(call("GET", "/api/surveys/open", bearer, null).body()).get(0).get("waveId").asLong();
        var question = freeTextQuestion(bearer, wave);
        for (var answer : read(call("GET", "/api/surveys/waves/" + wave, bearer, null).body()).get("answers")) {
            if (answer.get("questionId").asLong() == question) {
                return Long.parseLong(answer.get("text").asString().substring("draft ".length()));
            }
        }
        return 0;
    }

    /** One request; a dead portal answers status 0. */
    Answer call(String method, String path, String bearer, String body) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(0, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "");
        }
    }

    JsonNode read(String body) {
        return json.readTree(body);
    }
}
