package dev.partnerportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.setup.SetupRefusedException;
import dev.partnerportal.support.ApiClient;
import dev.partnerportal.testsupport.EmbeddedPostgresInitializer;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code postgres} profile as an operator starts it, on a real (embedded) PostgreSQL: it refuses demo
 * mode with Spring Boot's short failure report; once started its commits wait for PostgreSQL's write-ahead
 * log (synchronous_commit), it serves no API
 * documentation, and trusts a local reverse proxy's X-Forwarded-Proto, so HSTS is sent over the proxy's TLS.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileTest {

    /*
     * Each application context installs its own security context strategy in SecurityContextHolder's static
     * field (Vaadin's, through VaadinAwareSecurityContextHolderStrategyConfiguration). The contexts this test
     * starts would leave theirs behind, so the shared test context's filters and method security would then
     * read a different thread-local than code calling SecurityContextHolder directly: the strategy in place
     * before this test is put back after each test.
     */
    private SecurityContextHolderStrategy sharedStrategy;

    @BeforeEach
    void rememberTheSharedSecurityContextStrategy() {
        sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterEach
    void restoreTheSharedSecurityContextStrategy() {
        SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
    }

    /** The profile on a fresh database of the embedded PostgreSQL server, as an operator would start it. */
    private static SpringApplicationBuilder portal() {
        // The test clock too: this JVM's classpath holds the test fixtures, which the application's scan finds.
        return new SpringApplicationBuilder(PortalApplication.class, TestClockConfiguration.class).profiles("postgres")
                .initializers(new EmbeddedPostgresInitializer());
    }

    /** Command-line arguments, which win over the profile's file, as the operator's environment would. */
    private static String[] production(String... more) {
        var id = UUID.randomUUID();
        var arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--portal.search.directory=target/search-index/production-" + id,
                "--spring.main.banner-mode=off"));
        arguments.addAll(List.of(more));
        return arguments.toArray(String[]::new);
    }

    @Test
    void refusesDemoModeWithAClearMessage(CapturedOutput output) {
        assertThatThrownBy(() -> portal().run(production("--portal.demo.enabled=true")))
                .isInstanceOf(SetupRefusedException.class);

        assertThat(output).contains("APPLICATION FAILED TO START", "Demo mode is on in production",
                "Remove portal.demo.enabled (or set it to false) for the production profile.");
    }

    @Test
    void startedWithAnAdministratorItHidesApiDocumentationAndSendsHstsBehindAProxy() throws Exception {
        try (var context = portal().run(production("--portal.bootstrap.admin-email=root@example.test",
                        "--portal.bootstrap.admin-password=a-long-bootstrap-password"))) {
            int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
            var api = new ApiClient(port);

            assertThat(api.get("/v3/api-docs", null).body()).doesNotContain("\"openapi\"");
            var swagger = api.get("/swagger-ui/index.html", null);
            assertThat(swagger.body()).doesNotContain("swagger-ui-bundle.js");
            assertThat(api.tokenFor("root@example.test", "a-long-bootstrap-password")).startsWith("ppt_");

            // The embedded server defaults to synchronous_commit=off; the portal's connections turn it back on,
            // so a commit returns only once PostgreSQL has flushed it to its write-ahead log.
            var jdbc = context.getBean(JdbcTemplate.class);
            assertThat(serverDefault("synchronous_commit")).isEqualTo("off");
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
            // fsync is the server's own setting (the embedded test server turns it off for speed): operators keep it
            // on, docs/operations.md.

            assertThat(login(port, null).headers().firstValue("Strict-Transport-Security")).isEmpty();
            assertThat(login(port, "https").headers().firstValue("Strict-Transport-Security"))
                    .hasValueSatisfying(hsts -> assertThat(hsts).startsWith("max-age="));
        }
    }

    private static String serverDefault(String setting) throws SQLException {
        try (var connection = EmbeddedPostgresInitializer.server().getPostgresDatabase().getConnection();
             var statement = connection.createStatement();
             var result = statement.executeQuery("show " + setting)) {
            result.next();
            return result.getString(1);
        }
    }

    private static HttpResponse<Void> login(int port, String forwardedProto) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET();
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        try (var http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        }
    }
}
