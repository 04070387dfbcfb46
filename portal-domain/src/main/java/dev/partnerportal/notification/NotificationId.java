package dev.partnerportal.notification;

/** The id of a notification. */
public record NotificationId(long value) {
}
