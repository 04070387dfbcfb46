package dev.partnerportal.api;

import dev.partnerportal.notification.KindPreference;
import dev.partnerportal.notification.NotificationChannel;
import dev.partnerportal.notification.NotificationEntry;
import dev.partnerportal.notification.NotificationId;
import dev.partnerportal.notification.NotificationKind;
import dev.partnerportal.notification.Notifications;
import dev.partnerportal.notification.Unsubscribes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own notifications and notification preferences. Another person's notification answers 404 and
 * changes nothing. The one-click unsubscribe address of notification mail (RFC 8058) answers without a login.
 */
@RestController
@Tag(name = "Notifications")
class NotificationController {

    private final Notifications notifications;
    private final Unsubscribes unsubscribes;

    NotificationController(Notifications notifications, Unsubscribes unsubscribes) {
        this.notifications = notifications;
        this.unsubscribes = unsubscribes;
    }

    @Schema(description = "A notification: its kind, the name of the thing, the portal path to it, and when it was read (null: unread)")
    record Notification(long id, NotificationKind kind, String subject, String link, Instant createdAt,
                        @Nullable Instant readAt) {
        static Notification of(NotificationEntry entry) {
            return new Notification(entry.id().value(), entry.kind(), entry.subject(), entry.link(), entry.createdAt(),
                    entry.readAt());
        }
    }

    @Schema(description = "The caller's newest notifications, newest first, and how many of all are unread")
    record NotificationList(long unread, List<Notification> notifications) {
    }

    @Schema(description = "The channel for one kind; chosen is false while it is the kind's default")
    record Preference(NotificationKind kind, NotificationChannel channel, boolean chosen) {
        static Preference of(KindPreference preference) {
            return new Preference(preference.kind(), preference.channel(), preference.chosen());
        }
    }

    @Schema(description = "New channels by kind; kinds not named keep theirs. Staff kinds are refused for partners")
    record PreferenceChange(@NotNull @Valid List<@NotNull KindChannel> preferences) {
    }

    @Schema(description = "One kind and the channel to hear of it through")
    record KindChannel(@NotNull NotificationKind kind, @NotNull NotificationChannel channel) {
    }

    @Schema(description = "What a one-click unsubscribe stopped: one kind's mail, or one digest")
    record Unsubscribed(@Nullable NotificationKind kind, @Nullable NotificationChannel digest) {
    }

    @GetMapping("/api/notifications")
    @SecurityRequirement(name = OpenApiConfiguration.BEARER)
    @Operation(summary = "The caller's notifications, newest first")
    NotificationList list(@Parameter(description = "at most this many, 1 to " + Notifications.LIST_MAX)
                          @RequestParam(defaultValue = "50") int limit) {
        return new NotificationList(notifications.unreadCount(),
                notifications.mine(limit).stream().map(Notification::of).toList());
    }

    @PostMapping("/api/notifications/{id}/read")
    @SecurityRequirement(name = OpenApiConfiguration.BEARER)
    @Operation(summary = "Mark one of the caller's notifications read; 404 for anybody else's")
    Notification read(@PathVariable long id) {
        return Notification.of(notifications.markRead(new NotificationId(id)));
    }

    @PostMapping("/api/notifications/read")
    @SecurityRequirement(name = OpenApiConfiguration.BEARER)
    @Operation(summary = "Mark all the caller's notifications read")
    NotificationList readAll() {
        notifications.markAllRead();
        return list(50);
    }

    @GetMapping("/api/me/notification-preferences")
    @SecurityRequirement(name = OpenApiConfiguration.BEARER)
    @Operation(summary = "The caller's channel for every kind offered to them")
    List<Preference> preferences() {
        return notifications.preferences().stream().map(Preference::of).toList();
    }

    @PutMapping("/api/me/notification-preferences")
    @SecurityRequirement(name = OpenApiConfiguration.BEARER)
    @Operation(summary = "Choose channels; a refused kind changes nothing")
    List<Preference> choose(@Valid @RequestBody PreferenceChange change) {
        var channels = new EnumMap<NotificationKind, NotificationChannel>(NotificationKind.class);
        change.preferences().forEach(p -> channels.put(p.kind(), p.channel()));
        return notifications.choose(channels).stream().map(Preference::of).toList();
    }

    @PostMapping("/api/public/unsubscribe/{token}")
    @Operation(summary = "One-click unsubscribe (RFC 8058) from notification mail, without a login; "
            + "the signed token is the authority")
    ResponseEntity<Unsubscribed> unsubscribe(@PathVariable String token) {
        var done = unsubscribes.unsubscribe(token);
        return ResponseEntity.ok(new Unsubscribed(done.kind(), done.digest()));
    }
}
