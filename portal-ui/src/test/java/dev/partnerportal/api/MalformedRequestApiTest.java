package dev.partnerportal.api;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.ApiClient;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.support.TrainingData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every {@code /api} endpoint, found from Spring's handler mappings so a new one is covered without editing
 * this test, gets a generated set of malformed requests from signed-in partners and staff: wrong and
 * overflowing path and query values, null and malformed bodies, wrong JSON types, nulls inside arrays and
 * maps, huge numbers and wrong content types. None may answer 5xx; every 4xx is an RFC 9457 problem.
 */
@PortalWebTest
class MalformedRequestApiTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/:]+)(:[^}]*)?}");
    /** An encoded NUL or slash in a path is refused by the servlet container before the application sees it. */
    private static final List<String> BAD_VALUES = List.of("abc", "-1", "0", "2147483647", "2147483648",
            "-2147483649", "99999999999999999999999", "1e309", "NaN", "", " ", "%E2%80%AE",
            "null", "[]", "{}", "x".repeat(3000));
    /** A path id no row has, so a generated request never changes demo data other tests rely on. */
    private static final String ABSENT_ID = "987654321";
    private static final List<String> BAD_BODIES = List.of("", "null", "{", "{\"a\":", "[]", "[null]", "\"text\"",
            "true", "1e999", "99999999999999999999999", "{}", "{\"answers\":null}", "{\"answers\":[null]}",
            "{\"answers\":{\"1\":null}}", "{\"answers\":[{\"questionId\":null}]}", "{\"answers\":{\"x\":[1]}}",
            "{\"answers\":{\"1\":[null]}}", "{\"answers\":[{\"questionId\":99999999999999999999}]}",
            "\u0000", "{\"\u0000\":1}");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private ApiClient api;

    record Endpoint(RequestMethod method, String pattern, HandlerMethod handler) {
    }

    record Sent(String description, int status, String contentType, String body) {
    }

    @BeforeEach
    void setUp() {
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        TrainingData.reset(jdbc);
        api = new ApiClient(port);
    }

    @AfterEach
    void reset() {
        TrainingData.reset(jdbc);
    }

    List<Endpoint> endpoints() {
        var endpoints = new ArrayList<Endpoint>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            var info = entry.getKey();
            var methods = info.getMethodsCondition().getMethods();
            for (var pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/") || pattern.equals("/api/**")) {
                    continue;
                }
                for (var method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(new Endpoint(method, pattern, entry.getValue()));
                }
            }
        }
        return endpoints;
    }

    @Test
    void everyEndpointAnswersGeneratedMalformedRequestsWithAProblemAndNeverA5xx() {
        var endpoints = endpoints();
        assertThat(endpoints).extracting(Endpoint::pattern)
                .contains("/api/certifications", "/api/surveys/waves/{id}/response", "/api/training/attempts/{id}",
                        "/api/search", "/api/content/{id}");
        // A partner administrator reaches every partner endpoint a partner user does, and more; a channel manager
        // the staff side. Each endpoint gets the requests as the partner administrator, and again as the channel
        // manager where the partner was refused (403) for any of them: so every request that binds reaches a
        // service with a caller it serves, without sending the partner endpoints' thousands twice.
        var partner = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        var staff = api.tokenFor("manager@vendor.test", DEMO_PASSWORD);

        var sent = new ArrayList<Sent>();
        int asStaff = 0;
        for (var endpoint : endpoints) {
            var asPartner = mutations(endpoint, partner);
            sent.addAll(asPartner);
            if (asPartner.stream().anyMatch(s -> s.status() == 403)) {
                sent.addAll(mutations(endpoint, staff));
                asStaff++;
            }
        }
        assertThat(asStaff).as("endpoints sent again as the channel manager").isGreaterThan(10);

        LoggerFactory.getLogger(MalformedRequestApiTest.class).info("Malformed requests: {} sent to {} endpoints ({} also as staff)",
                sent.size(), endpoints.size(), asStaff);
        assertThat(sent.size()).isGreaterThan(5000);
        assertThat(sent).filteredOn(s -> s.status() >= 500).extracting(Sent::description).isEmpty();
        assertThat(sent).filteredOn(s -> s.status() >= 400 && !isProblem(s)).extracting(Sent::description).isEmpty();
    }

    @Test
    void pagingOverflowOnCertificationsIsABadRequest() {
        var alice = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        var manager = api.tokenFor("manager@vendor.test", DEMO_PASSWORD);
        for (var bearer : List.of(alice, manager)) {
            for (var query : List.of("page=2147483647", "page=2147483647&size=100", "page=1073741824&size=2", "size=-1",
                    "size=99999999", "page=abc", "size=1e3", "page=99999999999999999999")) {
                var response = api.get("/api/certifications?" + query, bearer);
                assertThat(response.status()).as(query).isEqualTo(400);
                assertThat(response.contentType()).as(query).startsWith("application/problem+json");
                assertThat(api.read(response.body()).get("status").asInt()).isEqualTo(400);
            }
        }
        assertThat(api.get("/api/certifications?page=0&size=100", alice).status()).isEqualTo(200);
    }

    @Test
    void nullAnswersInSurveyAndQuizSubmissionsAreBadRequests() {
        var bob = api.tokenFor("bob@northwind.test", DEMO_PASSWORD);
        long wave = jdbc.queryForObject("select id from survey_wave where name = 'Q4 2026 (Gold)'", Long.class);
        for (var body : List.of("{\"answers\":null}", "{\"answers\":[null]}", "{\"answers\":[{\"questionId\":null}]}",
                "{\"answers\":[{\"questionId\":1,\"choices\":[null]}]}", "{\"answers\":[{\"questionId\":1,\"number\":99999999999}]}",
                "{\"answers\":\"x\"}", "null", "")) {
            var response = send("POST", "/api/surveys/waves/" + wave + "/response", bob, "application/json", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(isProblem(response)).as(body).isTrue();
        }
        var attempt = send("POST", "/api/training/quizzes/sales-fundamentals-quiz/attempts", bob, "application/json", "");
        assertThat(attempt.status()).isEqualTo(200);
        var attemptId = api.read(attempt.body()).get("attemptId").asLong();
        for (var body : List.of("{\"answers\":{\"1\":null}}", "{\"answers\":{\"1\":[null]}}", "{\"answers\":null}",
                "{\"answers\":{\"x\":[1]}}", "{\"answers\":{\"1\":[99999999999]}}")) {
            var response = send("POST", "/api/training/attempts/" + attemptId, bob, "application/json", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(isProblem(response)).as(body).isTrue();
        }
        assertThat(jdbc.queryForObject("select count(*) from survey_response r join portal_user u on u.id = r.user_id "
                + "where u.email = 'bob@northwind.test' and r.wave_id = ?", Integer.class, wave)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from training_attempt where submitted_at is not null", Integer.class)).isZero();
    }

    private List<Sent> mutations(Endpoint endpoint, String bearer) {
        var sent = new ArrayList<Sent>();
        var variables = new ArrayList<String>();
        var matcher = VARIABLE.matcher(endpoint.pattern());
        while (matcher.find()) {
            variables.add(matcher.group(1));
        }
        var params = new ArrayList<String>();
        Parameter body = null;
        for (var parameter : endpoint.handler().getMethod().getParameters()) {
            var requestParam = parameter.getAnnotation(RequestParam.class);
            if (requestParam != null) {
                var name = !requestParam.name().isEmpty() ? requestParam.name()
                        : !requestParam.value().isEmpty() ? requestParam.value() : parameter.getName();
                params.add(name);
            }
            if (parameter.isAnnotationPresent(RequestBody.class)) {
                body = parameter;
            }
            if (parameter.isAnnotationPresent(PathVariable.class) && variables.isEmpty()) {
                variables.add(parameter.getName());
            }
        }
        var method = endpoint.method().name();
        var plain = path(endpoint.pattern(), Map.of());
        for (var variable : variables) {
            for (var value : BAD_VALUES) {
                sent.add(send(method, path(endpoint.pattern(), Map.of(variable, value)), bearer, "application/json", "{}"));
            }
        }
        for (var param : params) {
            for (var value : BAD_VALUES) {
                sent.add(send(method, plain + "?" + param + "=" + encode(value), bearer, "application/json", "{}"));
            }
            sent.add(send(method, plain + "?" + param + "=1&" + param + "=2", bearer, "application/json", "{}"));
        }
        sent.add(send(method, plain + "?page=2147483647&size=2147483647", bearer, "application/json", "{}"));
        if (body != null || !method.equals("GET")) {
            var bodies = new ArrayList<>(BAD_BODIES);
            if (body != null) {
                bodies.addAll(recordMutations(body.getType()));
            }
            for (var text : bodies) {
                sent.add(send(method, plain, bearer, "application/json", text));
            }
            for (var type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x", "application/json; charset=nonsense")) {
                sent.add(send(method, plain, bearer, type, "{}"));
            }
        }
        return sent;
    }

    /** For a record body: each component in turn null, of the wrong JSON type, huge, or an array holding null. */
    private static List<String> recordMutations(Class<?> type) {
        var bodies = new ArrayList<String>();
        if (!type.isRecord()) {
            return bodies;
        }
        var names = new ArrayList<String>();
        for (var component : type.getRecordComponents()) {
            names.add(component.getName());
        }
        var wrong = List.of("null", "\"x\"", "99999999999999999999999", "-1", "1.5", "true", "[null]", "{\"1\":null}",
                "[[]]", "{\"\":{}}", "\"" + "y".repeat(100_000) + "\"");
        for (var name : names) {
            for (var value : wrong) {
                bodies.add("{\"" + name + "\":" + value + "}");
            }
        }
        var allNull = new LinkedHashMap<String, String>();
        names.forEach(n -> allNull.put(n, "null"));
        bodies.add(allNull.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .reduce((a, b) -> a + "," + b).map(s -> "{" + s + "}").orElse("{}"));
        return bodies;
    }

    private static String path(String pattern, Map<String, String> values) {
        var matcher = VARIABLE.matcher(pattern);
        var out = new StringBuilder();
        while (matcher.find()) {
            var value = values.getOrDefault(matcher.group(1), ABSENT_ID);
            var encoded = encode(value);
            matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(encoded.isEmpty() ? "%20" : encoded));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Values already percent-encoded are sent as they are, to reach the server with invalid UTF-8 or a control. */
    private static String encode(String value) {
        return value.contains("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Sent send(String method, String path, String bearer, String contentType, String body) {
        var description = method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path)
                + " [" + contentType + "] " + (body.length() > 80 ? body.substring(0, 80) + "…" : body);
        try {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + bearer)
                    .header("Accept", "application/json")
                    .header("Content-Type", contentType)
                    .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body))
                    .build();
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Sent(description + " -> " + response.statusCode(), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(description, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean isProblem(Sent sent) {
        if (!sent.contentType().startsWith("application/problem+json")) {
            return false;
        }
        var problem = api.read(sent.body());
        return problem.has("status") && problem.get("status").asInt() == sent.status() && problem.has("title");
    }
}
