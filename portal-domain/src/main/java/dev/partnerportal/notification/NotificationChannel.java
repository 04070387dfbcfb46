package dev.partnerportal.notification;

/**
 * How a person hears of one kind of notification. Every channel but {@link #OFF} shows it in the notification
 * centre; {@link #MAIL_NOW} also mails it at once, the digests gather it into one mail a day or a week.
 */
public enum NotificationChannel {
    IN_APP, MAIL_NOW, DAILY_DIGEST, WEEKLY_DIGEST, OFF;

    boolean isDigest() {
        return this == DAILY_DIGEST || this == WEEKLY_DIGEST;
    }
}
