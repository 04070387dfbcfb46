package dev.partnerportal.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A notification as its recipient sees it: what kind, about what ({@code subject}, the thing's own name), where
 * to go ({@code link}, a portal path), when, and when it was read (null: unread).
 */
public record NotificationEntry(NotificationId id, NotificationKind kind, String subject, String link,
                                Instant createdAt, @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
