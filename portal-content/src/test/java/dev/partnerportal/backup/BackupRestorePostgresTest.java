package dev.partnerportal.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.ContentTestApplication;
import dev.partnerportal.activity.ActivityRecorder;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.search.ContentSearch;
import dev.partnerportal.search.SearchHit;
import dev.partnerportal.search.SearchQuery;
import dev.partnerportal.search.SearchResults;
import dev.partnerportal.testsupport.EmbeddedPostgresInitializer;
import dev.partnerportal.testsupport.PostgresTest;
import dev.partnerportal.testsupport.SignIn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PostgreSQL backup procedure of docs/operations.md, run with the shipped scripts: {@code deploy/backup.sh}
 * dumps the populated database of the shared PostgreSQL test context (demo data and whatever earlier tests in this
 * JVM left), {@code deploy/restore.sh} restores it into a new database, and a second application context starts on
 * the restored database with an empty search index folder, as a node would after a restore. Every table has the
 * same rows (count and content), and the same searches find the same items in the index the restored node rebuilt.
 *
 * <p>Needs {@code pg_dump}, {@code pg_restore} and {@code psql} (PostgreSQL client 14 or newer, the embedded
 * server's version) on the PATH; {@code .ci/run} installs them. Without them it is skipped, except under CI.
 */
@SpringBootTest(classes = ContentTestApplication.class)
@PostgresTest
class BackupRestorePostgresTest {

    private static final Logger log = LoggerFactory.getLogger(BackupRestorePostgresTest.class);
    private static final List<String> QUERIES = List.of("retailer", "manufacturing", "deal", "training", "partner",
            "onboarding");
    /** ShedLock's table: one row per job, whose lock times any node rewrites when it runs the job (also on start). */
    private static final String LOCKS = "shedlock";
    private static final List<String> READERS = List.of("admin@vendor.test", "carol@contoso.test");

    @Autowired
    ApplicationContext source;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /**
     * The client tools must be there under CI ({@code .ci/run} installs them); elsewhere a machine without them
     * skips this test with a message saying what to install, as the browser tests do without Chromium.
     */
    @BeforeAll
    static void clientTools() {
        var missing = java.util.stream.Stream.of("pg_dump", "pg_restore", "psql").filter(tool -> !onPath(tool)).toList();
        if (!missing.isEmpty()) {
            var message = "PostgreSQL client tools missing from the PATH: " + missing
                    + " (install postgresql-client, version 14 or newer).";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + " Under CI the backup test must run.");
            }
            Assumptions.abort(message + " Skipping the backup test on this machine.");
        }
    }

    private static boolean onPath(String tool) {
        var path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    @Test
    void aRestoredDatabaseHasTheSameRowsAndTheRestartedPortalTheSameSearchAnswers(@TempDir Path backup)
            throws Exception {
        // The searches record activity, written in batches off the request path: written before the tables are
        // read, so that nothing arrives while the dump runs.
        var answersBefore = answers(source);
        source.getBean(ActivityRecorder.class).flush();
        var before = tables(jdbc);
        var database = databaseName(source.getEnvironment().getRequiredProperty("spring.datasource.url"));

        run("backup.sh", database, backup);
        assertThat(backup.resolve("portal.dump")).isNotEmptyFile();
        // The source is a running node: a job may take its lock (a shedlock row) while the dump runs. pg_dump reads
        // one snapshot, so each table must come back as it was before the dump or as it was after it.
        var after = tables(jdbc);

        var restored = "backup_restored_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
        jdbc.execute("create database " + restored);
        run("restore.sh", restored, backup);

        var index = Path.of("target", "backup-restore", UUID.randomUUID().toString());
        try (var node = startOn(restored, index)) {
            var restoredTables = tables(node.getBean(JdbcTemplate.class));
            assertThat(restoredTables.keySet()).isEqualTo(before.keySet());
            restoredTables.forEach((table, rows) -> {
                if (table.equals(LOCKS)) {
                    assertThat(rows.count()).as("jobs in %s", table).isIn(before.get(table).count(),
                            after.get(table).count());
                } else {
                    assertThat(rows).as("rows in %s", table).isIn(before.get(table), after.get(table));
                }
            });
            // The same items for every query. Not necessarily in the same order: the source index still counts the
            // earlier versions of updated items in its ranking statistics until Lucene merges them away, the
            // rebuilt one does not, so two nearly equal scores may swap.
            var answersAfter = answers(node);
            assertThat(answersAfter.keySet()).isEqualTo(answersBefore.keySet());
            answersAfter.forEach((query, ids) -> assertThat(ids).as(query)
                    .containsExactlyInAnyOrderElementsOf(answersBefore.get(query)));
            assertThat(index).isNotEmptyDirectory();
            log.info("Backup and restore: {} tables, {} rows, dump {} bytes; {} searches answered alike; changed by "
                    + "the running source during the dump: {}",
                    restoredTables.size(), restoredTables.values().stream().mapToLong(Rows::count).sum(),
                    Files.size(backup.resolve("portal.dump")), answersBefore.size(),
                    before.keySet().stream().filter(table -> !before.get(table).equals(after.get(table))).toList());
        }
    }

    /**
     * Per table of the public schema (Flyway's history included): its row count and a checksum of all its rows'
     * text (files stored in the database included), independent of the order the rows are stored in.
     */
    private static Map<String, Rows> tables(JdbcTemplate jdbc) {
        var tables = new LinkedHashMap<String, Rows>();
        for (var table : jdbc.queryForList("select table_name from information_schema.tables where table_schema = "
                + "'public' and table_type = 'BASE TABLE' order by table_name", String.class)) {
            tables.put(table, jdbc.queryForObject("select count(*), md5(coalesce(string_agg(md5(t::text), '' "
                    + "order by md5(t::text)), '')) from \"" + table + "\" t",
                    (rs, row) -> new Rows(rs.getLong(1), rs.getString(2))));
        }
        return tables;
    }

    private record Rows(long count, String checksum) {
    }

    /** The ids each reader finds for each query, in rank order. */
    private static Map<String, List<String>> answers(ApplicationContext node) {
        var answers = new LinkedHashMap<String, List<String>>();
        for (var reader : READERS) {
            SignIn.as(node.getBean(PortalAuthenticationProvider.class), reader);
            for (var query : QUERIES) {
                answers.put(reader + " " + query, ready(node.getBean(ContentSearch.class), query).hits().stream()
                        .map(SearchHit::id).map(Object::toString).toList());
            }
            SignIn.out();
        }
        assertThat(answers.values()).as("the queries find something").anyMatch(ids -> !ids.isEmpty());
        return answers;
    }

    /** The answer once the node's index is there: a node that starts without one rebuilds it in the background. */
    private static SearchResults ready(ContentSearch search, String query) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        var results = search.search(SearchQuery.of(query));
        while (results.state() == SearchResults.State.REBUILDING && System.nanoTime() < deadline) {
            sleep();
            results = search.search(SearchQuery.of(query));
        }
        assertThat(results.state()).as("index ready for %s", query).isEqualTo(SearchResults.State.READY);
        return results;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ConfigurableApplicationContext startOn(String database, Path index) {
        var url = EmbeddedPostgresInitializer.server().getJdbcUrl("postgres", database);
        return new SpringApplicationBuilder(ContentTestApplication.class)
                .run("--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--spring.datasource.driver-class-name=org.postgresql.Driver",
                        "--spring.main.banner-mode=off",
                        "--portal.node.name=restored",
                        "--portal.search.directory=" + index);
    }

    /** Runs one of the shipped scripts against the embedded server, as an operator would with libpq's variables. */
    private static void run(String script, String database, Path backup) throws IOException, InterruptedException {
        var process = new ProcessBuilder("bash", deploy().resolve(script).toString(), "postgres", backup.toString())
                .redirectErrorStream(true);
        process.environment().put("PGHOST", "localhost");
        process.environment().put("PGPORT", Integer.toString(EmbeddedPostgresInitializer.server().getPort()));
        process.environment().put("PGUSER", "postgres");
        process.environment().put("PGDATABASE", database);
        process.environment().put("PORTAL_ATTACHMENTS_DIR", backup.resolve("no-attachments").toString());
        var started = process.start();
        var output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(started.waitFor(120, TimeUnit.SECONDS)).as(script).isTrue();
        log.info("{}: {}", script, output.strip());
        assertThat(started.exitValue()).as("%s failed:%n%s", script, output).isZero();
    }

    private static Path deploy() {
        for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deploy/backup.sh"))) {
                return dir.resolve("deploy");
            }
        }
        throw new IllegalStateException("deploy/backup.sh not found above " + Path.of("").toAbsolutePath());
    }

    private static String databaseName(String jdbcUrl) {
        var path = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        var query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
