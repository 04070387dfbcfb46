package dev.partnerportal.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON logs of the json-logs profile carry the request id of every request and the incident id the error page
 * shows: the filter sets the one, {@link LogFields#withIncident} the other, and Spring Boot's ECS formatter writes
 * both as fields (docs/operations.md, "Logs").
 */
class StructuredLogsTest {

    @Test
    void everyRequestRunsWithARequestIdThatIsGoneAfterwards() throws Exception {
        var seen = new ArrayList<String>();
        var filter = new RequestIds();
        filter.doFilter(new MockHttpServletRequest("GET", "/library"), new MockHttpServletResponse(),
                (request, response) -> seen.add(MDC.get(LogFields.REQUEST_ID)));
        var fromProxy = new MockHttpServletRequest("GET", "/library");
        fromProxy.addHeader("X-Request-Id", "5f2b8c0e9a7d4b1c");
        filter.doFilter(fromProxy, new MockHttpServletResponse(), (request, response) -> seen.add(MDC.get(LogFields.REQUEST_ID)));
        var forged = new MockHttpServletRequest("GET", "/library");
        forged.addHeader("X-Request-Id", "abc\"}\n{\"level\":\"ERROR");
        filter.doFilter(forged, new MockHttpServletResponse(), (request, response) -> seen.add(MDC.get(LogFields.REQUEST_ID)));

        assertThat(seen.get(0)).matches("[0-9a-f-]{36}");
        assertThat(seen.get(1)).as("the proxy's id, when it is a plain token").isEqualTo("5f2b8c0e9a7d4b1c");
        assertThat(seen.get(2)).as("anything else is replaced").matches("[0-9a-f-]{36}");
        assertThat(MDC.get(LogFields.REQUEST_ID)).isNull();
    }

    @Test
    void theIncidentLineCarriesTheIncidentIdAndTheJsonLineHasBoth() throws IOException {
        var logger = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("incident-test");
        var appender = new ListAppender<ILoggingEvent>();
        appender.start();
        logger.addAppender(appender);
        try (var ignored = MDC.putCloseable(LogFields.REQUEST_ID, "req-7c1e")) {
            LogFields.withIncident("a1b2c3d4", () -> logger.error("Unexpected failure in the UI, reference {}", "a1b2c3d4",
                    new IllegalStateException("boom")));
            logger.info("after the incident");
        } finally {
            logger.detachAppender(appender);
        }
        var incident = appender.list.get(0);
        assertThat(incident.getMDCPropertyMap()).containsEntry(LogFields.INCIDENT_ID, "a1b2c3d4")
                .containsEntry(LogFields.REQUEST_ID, "req-7c1e");
        assertThat(appender.list.get(1).getMDCPropertyMap()).doesNotContainKey(LogFields.INCIDENT_ID);

        var json = JsonMapper.builder().build().readTree(ecs(incident));
        assertThat(field(json, "log.level")).isEqualTo("ERROR");
        assertThat(json.get("message").asString()).isEqualTo("Unexpected failure in the UI, reference a1b2c3d4");
        assertThat(field(json, "incident.id")).isEqualTo("a1b2c3d4");
        assertThat(field(json, "request.id")).isEqualTo("req-7c1e");
        assertThat(field(json, "service.name")).isEqualTo("partner-portal");
        assertThat(field(json, "error.type")).isEqualTo("java.lang.IllegalStateException");
    }

    @Test
    void theJsonLogsProfileSwitchesTheConsoleToEcs() throws IOException {
        var profile = new Properties();
        try (var in = new ClassPathResource("application-json-logs.properties").getInputStream()) {
            profile.load(in);
        }
        assertThat(profile.getProperty("logging.structured.format.console")).isEqualTo("${PORTAL_LOG_FORMAT:ecs}");
    }

    /** The event as the json-logs profile writes it to the console. */
    private static String ecs(ILoggingEvent event) {
        var context = new LoggerContext();
        var environment = new StandardEnvironment();
        environment.getSystemProperties().put("logging.structured.ecs.service.name", "partner-portal");
        context.putObject(Environment.class.getName(), environment);
        var encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat("ecs");
        encoder.start();
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }

    /** A dotted field, written flat ("a.b") or nested ({"a":{"b":...}}), depending on the formatter. */
    private static String field(tools.jackson.databind.JsonNode json, String name) {
        if (json.has(name)) {
            return json.get(name).asString();
        }
        var node = json;
        for (var part : List.of(name.split("\\."))) {
            node = node.get(part);
            if (node == null) {
                return null;
            }
        }
        return node.asString();
    }
}
