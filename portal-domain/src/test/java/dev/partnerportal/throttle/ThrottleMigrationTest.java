package dev.partnerportal.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.testsupport.EmbeddedPostgresInitializer;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The migration to one throttle table moves the rows of the three old tables, on H2 and on PostgreSQL. */
class ThrottleMigrationTest {

    private static final String BEFORE = "20261201.50";

    @Test
    void movesEveryCounterOnH2() {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:throttle-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        movesEveryCounter(h2);
    }

    @Test
    void movesEveryCounterOnPostgres() throws SQLException {
        var server = EmbeddedPostgresInitializer.server();
        var database = "throttle_migration_" + UUID.randomUUID().toString().replace("-", "");
        try (var connection = server.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("create database " + database);
        }
        movesEveryCounter(server.getDatabase("postgres", database));
    }

    private void movesEveryCounter(DataSource dataSource) {
        flyway(dataSource, BEFORE).migrate();
        var jdbc = new JdbcTemplate(dataSource);
        jdbc.update("""
                insert into login_throttle (throttle_key, failures, window_started_at, locked_until, locks)
                values ('login-key', 5, timestamp with time zone '2026-11-02 09:00:00+00',
                        timestamp with time zone '2026-11-02 09:04:00+00', 2)""");
        jdbc.update("""
                insert into application_throttle (address_key, window_started_at, submissions)
                values ('application-key', timestamp with time zone '2026-11-02 08:00:00+00', 3)""");
        jdbc.update("""
                insert into verification_throttle (address_key, window_started_at, lookups)
                values ('verification-key', timestamp with time zone '2026-11-02 07:00:00+00', 30)""");

        flyway(dataSource, "latest").migrate();

        assertThat(jdbc.queryForList("""
                select kind || ' ' || throttle_key || ' ' || attempts || ' ' || locks || ' ' || case when locked_until is null then 'open' else 'locked' end
                from throttle_entry order by kind""", String.class)).containsExactly(
                "CERTIFICATE_VERIFICATION verification-key 30 0 open",
                "PARTNER_APPLICATION application-key 3 0 open",
                "SIGN_IN login-key 5 2 locked");
        assertThat(jdbc.queryForList("""
                select count(*) from throttle_entry
                where (throttle_key = 'login-key' and window_started_at = timestamp with time zone '2026-11-02 09:00:00+00'
                       and locked_until = timestamp with time zone '2026-11-02 09:04:00+00')
                   or (throttle_key = 'application-key' and window_started_at = timestamp with time zone '2026-11-02 08:00:00+00')
                   or (throttle_key = 'verification-key' and window_started_at = timestamp with time zone '2026-11-02 07:00:00+00')""",
                Long.class)).containsExactly(3L);
        assertThat(jdbc.queryForObject("""
                select count(*) from information_schema.tables
                where lower(table_name) in ('login_throttle', 'application_throttle', 'verification_throttle')""", Long.class))
                .isZero();
    }

    private static Flyway flyway(DataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load();
    }
}
