package dev.partnerportal.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.ContentTestApplication;
import dev.partnerportal.certification.Certifications;
import dev.partnerportal.content.ContentAttachments;
import dev.partnerportal.content.ContentDraft;
import dev.partnerportal.content.ContentEditing;
import dev.partnerportal.content.ContentItemId;
import dev.partnerportal.content.ContentType;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.search.ContentSearch;
import dev.partnerportal.search.SearchHit;
import dev.partnerportal.search.SearchQuery;
import dev.partnerportal.testsupport.EmbeddedPostgresInitializer;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Two application nodes, as behind a load balancer: two Spring contexts in this JVM on ONE embedded PostgreSQL
 * database, each with its own search index and its own scheduler (docs/operations.md, "Several nodes"). Shows
 * that an item published on node A is found by search on node B (latency per publish reported), and that a
 * due certification reminder is mailed exactly once while both nodes run the reminder job every second, and that a
 * file uploaded on node A downloads, byte for byte, on node B (each node has its own attachment directory).
 */
class TwoNodesPostgresTest {

    private static final Logger log = LoggerFactory.getLogger(TwoNodesPostgresTest.class);
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final int PUBLISHES = 50;
    /**
     * Far longer than the test: node B must hear of each publish through PostgreSQL's notifications (the production
     * path; the 500 ms poll of {@code portal.search.poll-interval} is only the safety net for a lost connection).
     */
    private static final String POLL_INTERVAL = "1h";

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    /** Turns the scheduler on in the nodes (the content test application leaves it off); not a scanned component. */
    @EnableScheduling
    static class Scheduling {
    }

    @BeforeAll
    static void startTwoNodes() throws SQLException {
        var server = EmbeddedPostgresInitializer.server();
        var database = "two_nodes_" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid();
        try (var connection = server.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("create database " + database);
        }
        var url = server.getJdbcUrl("postgres", database);
        // Started one after the other, as a rolling start would: the second finds the schema and demo data there.
        nodeA = node("node-a", url);
        nodeB = node("node-b", url);
    }

    private static ConfigurableApplicationContext node(String name, String url) {
        var index = Path.of("target", "two-nodes", UUID.randomUUID().toString(), name);
        // Command-line arguments outrank the test application.properties (which polls the change log every 250 ms).
        return new SpringApplicationBuilder(ContentTestApplication.class, Scheduling.class)
                .run("--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--spring.datasource.driver-class-name=org.postgresql.Driver",
                        "--spring.main.banner-mode=off",
                        "--portal.node.name=" + name,
                        "--portal.search.directory=" + index,
                        // Each node its own attachment directory, as on separate machines: files must come from the database.
                        "--portal.content.attachments.directory=" + index.resolveSibling(name + "-attachments"),
                        "--portal.search.poll-interval=" + POLL_INTERVAL,
                        "--portal.certifications.reminder-cron=* * * * * *");
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anItemPublishedOnNodeAIsFoundBySearchOnNodeB() {
        var editing = nodeA.getBean(ContentEditing.class);
        var searchOnB = nodeB.getBean(ContentSearch.class);
        var latencies = new ArrayList<Duration>();
        // Signed in once on each node: checking a password (Argon2) is not part of reaching node B's index.
        var editor = SignIn.as(nodeA.getBean(PortalAuthenticationProvider.class), "admin@vendor.test");
        var reader = SignIn.as(nodeB.getBean(PortalAuthenticationProvider.class), "carol@contoso.test");
        for (int i = 0; i < PUBLISHES; i++) {
            var word = word();
            SignIn.use(editor);
            var item = editing.create(ContentDraft.of(ContentType.INDUSTRY_REPORT, "Report " + word, "Summary",
                    "Published on node A: " + word));
            editing.publish(item.id());
            long published = System.nanoTime();
            SignIn.use(reader);
            List<ContentItemId> found = List.of();
            // Not a timing assertion: node B must find it at all; how fast is reported below.
            while (found.isEmpty() && System.nanoTime() - published < Duration.ofSeconds(30).toNanos()) {
                found = searchOnB.search(SearchQuery.of(word)).hits().stream().map(SearchHit::id).toList();
                if (found.isEmpty()) {
                    sleep(5);
                }
            }
            assertThat(found).as("publish %d found on node B", i).containsExactly(item.id());
            latencies.add(Duration.ofNanos(System.nanoTime() - published));
        }
        var sorted = latencies.stream().sorted().toList();
        log.info("Published on node A, found on node B: {} publishes, p50 {} ms, p99 {} ms, max {} ms (notified; poll {})",
                PUBLISHES, sorted.get(PUBLISHES / 2).toMillis(), sorted.get((int) Math.ceil(PUBLISHES * 0.99) - 1).toMillis(),
                sorted.getLast().toMillis(), POLL_INTERVAL);
    }

    @Test
    void aDueReminderIsMailedExactlyOnceWhileBothNodesRunTheJob() {
        var jdbc = nodeA.getBean(JdbcTemplate.class);
        jdbc.update("delete from mail_message where recipient = 'bob@northwind.test'");
        SignIn.as(nodeA.getBean(PortalAuthenticationProvider.class), "bob@northwind.test");
        var bobs = nodeA.getBean(Certifications.class).recordQuizPassed("sales-fundamentals-quiz",
                Set.of("sales-fundamentals")).orElseThrow();
        SignIn.out();
        var today = LocalDate.ofInstant(TestClockConfiguration.START, ZoneOffset.UTC);
        jdbc.update("update certification_award set expires_on = ? where verification_code = ?",
                today.plusDays(7), bobs.verificationCode());

        var sevenDays = "select count(*) from mail_message where recipient = 'bob@northwind.test' and subject like '%expires in 7 days'";
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (jdbc.queryForObject(sevenDays, Integer.class) == 0 && System.nanoTime() < deadline) {
            sleep(100);
        }
        // Both schedulers fire every second: give each several more chances to send it again.
        sleep(4_000);

        assertThat(jdbc.queryForObject(sevenDays, Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("select locked_by from shedlock where name = 'certification.expiry-reminders'",
                String.class)).singleElement().isIn("node-a", "node-b");
    }

    @Test
    void aFileUploadedOnNodeADownloadsOnNodeB() {
        SignIn.as(nodeA.getBean(PortalAuthenticationProvider.class), "admin@vendor.test");
        var item = nodeA.getBean(ContentEditing.class).create(ContentDraft.of(ContentType.INDUSTRY_REPORT,
                "Attachment " + word(), "Summary", "Body"));
        var bytes = png();
        var uploaded = nodeA.getBean(ContentAttachments.class).upload(item.id(), "chart.png", new ByteArrayInputStream(bytes));

        SignIn.as(nodeB.getBean(PortalAuthenticationProvider.class), "admin@vendor.test");
        var download = nodeB.getBean(ContentAttachments.class).download(uploaded.id()).orElseThrow();
        assertThat(download.info().fileName()).isEqualTo("chart.png");
        assertThat(download.content()).isEqualTo(bytes);
    }

    private static byte[] png() {
        var image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 2, 0x3366cc);
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String word() {
        var letters = new StringBuilder("qz");
        UUID.randomUUID().toString().replace("-", "").substring(0, 10)
                .chars().forEach(c -> letters.append((char) ('a' + Character.digit(c, 16))));
        return letters.toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
