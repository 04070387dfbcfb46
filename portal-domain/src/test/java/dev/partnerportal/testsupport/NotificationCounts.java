package dev.partnerportal.testsupport;

import org.springframework.jdbc.core.JdbcTemplate;

/** Reads and prepares the notification tables for the tests of the features that report notifications. */
public final class NotificationCounts {

    private NotificationCounts() {
    }

    /** Forgets every notification and chosen channel. */
    public static void clear(JdbcTemplate jdbc) {
        jdbc.update("delete from notification");
        jdbc.update("delete from notification_preference");
    }

    /** How many notifications of {@code kind} the person with {@code email} has. */
    public static long of(JdbcTemplate jdbc, String email, String kind) {
        return jdbc.queryForObject("select count(*) from notification n join portal_user u on u.id = n.recipient_id"
                + " where u.email = ? and n.kind = ?", Long.class, email, kind);
    }

    /** How many notifications of {@code kind} linking to {@code link} the person with {@code email} has. */
    public static long of(JdbcTemplate jdbc, String email, String kind, String link) {
        return jdbc.queryForObject("select count(*) from notification n join portal_user u on u.id = n.recipient_id"
                + " where u.email = ? and n.kind = ? and n.link = ?", Long.class, email, kind, link);
    }

    /** The person with {@code email} turns {@code kind} off. */
    public static void turnOff(JdbcTemplate jdbc, String email, String kind) {
        jdbc.update("insert into notification_preference (user_id, kind, channel)"
                + " select id, ?, 'OFF' from portal_user where email = ?", kind, email);
    }
}
