package dev.partnerportal.staff;

import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.UserId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Creates throw-away staff accounts that sign in with the demo password, so tests never change the demo's own. */
final class StaffAccounts {

    private StaffAccounts() {
    }

    record Account(UserId id, String email) {
    }

    static Account create(JdbcTemplate jdbc, Role role) {
        var email = role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@vendor.test";
        var hash = jdbc.queryForObject("select password_hash from portal_user where email = 'admin@vendor.test'", String.class);
        jdbc.update("insert into portal_user (email, display_name, password_hash, role, enabled, created_at, version) "
                + "values (?, ?, ?, ?, true, ?, 0)", email, "Test " + email.substring(0, 12), hash, role.name(),
                Timestamp.from(Instant.parse("2026-11-01T09:00:00Z")));
        return new Account(new UserId(jdbc.queryForObject("select id from portal_user where email = ?", Long.class, email)), email);
    }

    static long audited(JdbcTemplate jdbc, String action, String detailPart) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and detail like ?", Long.class,
                action, "%" + detailPart + "%");
    }
}
