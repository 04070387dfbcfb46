package dev.partnerportal.notification;

/** The channel a person hears of one kind through; {@code chosen} is false while it is the kind's default. */
public record KindPreference(NotificationKind kind, NotificationChannel channel, boolean chosen) {
}
