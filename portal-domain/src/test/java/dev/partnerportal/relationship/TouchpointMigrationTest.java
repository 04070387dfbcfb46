package dev.partnerportal.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.testsupport.EmbeddedPostgresInitializer;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Touchpoints logged before the relationship layer keep every row; the quarterly review becomes a business review. */
class TouchpointMigrationTest {

    private static final String BEFORE = "20261202.20";

    @Test
    void keepsEveryTouchpointOnH2() {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:touchpoint-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        keepsEveryTouchpoint(h2);
    }

    @Test
    void keepsEveryTouchpointOnPostgres() throws SQLException {
        var server = EmbeddedPostgresInitializer.server();
        var database = "touchpoint_migration_" + UUID.randomUUID().toString().replace("-", "");
        try (var connection = server.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("create database " + database);
        }
        keepsEveryTouchpoint(server.getDatabase("postgres", database));
    }

    private void keepsEveryTouchpoint(DataSource dataSource) {
        flyway(dataSource, BEFORE).migrate();
        var jdbc = new JdbcTemplate(dataSource);
        jdbc.update("""
                insert into partner_organization (name, type, region, status, tier_id, created_at)
                select 'Old Partner', 'RESELLER', 'EMEA', 'ACTIVE', id, timestamp with time zone '2026-01-01 00:00:00+00'
                from partner_tier where code = 'REGISTERED'""");
        jdbc.update("""
                insert into portal_user (email, display_name, role, enabled, created_at)
                values ('old@vendor.test', 'Old Manager', 'CHANNEL_MANAGER', true, timestamp with time zone '2026-01-01 00:00:00+00')""");
        for (var kind : new String[] {"CALL", "QUARTERLY_REVIEW", "MEETING", "EMAIL"}) {
            jdbc.update("""
                    insert into touchpoint (organization_id, kind, happened_on, people, notes, logged_by, logged_at)
                    select o.id, ?, date '2026-10-01', 'Alice', 'Old notes', u.id, timestamp with time zone '2026-10-01 10:00:00+00'
                    from partner_organization o, portal_user u where o.name = 'Old Partner' and u.email = 'old@vendor.test'""", kind);
        }

        flyway(dataSource, "latest").migrate();

        assertThat(jdbc.queryForList("select kind from touchpoint order by kind", String.class))
                .containsExactly("BUSINESS_REVIEW", "CALL", "EMAIL", "MEETING");
        assertThat(jdbc.queryForObject("select count(*) from touchpoint where people = 'Alice' and notes = 'Old notes'", Long.class))
                .isEqualTo(4);
    }

    private static Flyway flyway(DataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load();
    }
}
