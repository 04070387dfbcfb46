package dev.partnerportal.notification;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.RuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in person's own notifications and choices. Everything here is the caller's own: another person's
 * notification answers "not found" and changes nothing.
 */
@Service
public class Notifications {

    /** The most notifications one list answers. */
    public static final int LIST_MAX = 100;

    private final NotificationRows rows;
    private final NotificationPreferences preferences;
    private final HomeVisits visits;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;

    Notifications(NotificationRows rows, NotificationPreferences preferences, HomeVisits visits, CallerContext callers,
                  AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.preferences = preferences;
        this.visits = visits;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    /** The caller's newest notifications, newest first, at most {@code limit} (1..{@value #LIST_MAX}). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationEntry> mine(int limit) {
        var me = callers.require().userId().value();
        return rows.findByRecipientIdOrderByCreatedAtDescIdDesc(me, PageRequest.of(0, Math.clamp(limit, 1, LIST_MAX)))
                .stream().map(Notification::entry).toList();
    }

    /** How many of the caller's notifications are unread. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return rows.countByRecipientIdAndReadAtIsNull(callers.require().userId().value());
    }

    /** Marks one of the caller's notifications read (again: no change); another person's is not found. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public NotificationEntry markRead(NotificationId id) {
        var me = callers.require().userId().value();
        var notification = rows.findByIdAndRecipientId(id.value(), me)
                .orElseThrow(() -> new RuleViolation(NotificationError.NOT_FOUND));
        notification.markRead(clock.instant());
        return notification.entry();
    }

    /** Marks all the caller's notifications read; answers how many were unread. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        return rows.markAllRead(callers.require().userId().value(), clock.instant());
    }

    /** The caller's channel for every kind offered to them, in the kinds' order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<KindPreference> preferences() {
        var caller = callers.require();
        var chosen = preferences.findByKeyUserId(caller.userId().value()).stream()
                .collect(Collectors.toMap(NotificationPreference::kind, NotificationPreference::channel));
        return Arrays.stream(NotificationKind.values())
                .filter(kind -> kind.offeredTo(caller.isStaff()))
                .map(kind -> new KindPreference(kind, chosen.getOrDefault(kind, kind.defaultChannel()),
                        chosen.containsKey(kind)))
                .toList();
    }

    /**
     * Sets the caller's channel for each kind named; kinds not named keep theirs. A staff kind named by a
     * partner refuses the whole change ({@link NotificationError#KIND_NOT_OFFERED}) and changes nothing.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<KindPreference> choose(Map<NotificationKind, NotificationChannel> channels) {
        var caller = callers.require();
        var wanted = new EnumMap<NotificationKind, NotificationChannel>(NotificationKind.class);
        wanted.putAll(channels);
        for (var kind : wanted.keySet()) {
            if (!kind.offeredTo(caller.isStaff())) {
                throw new RuleViolation(NotificationError.KIND_NOT_OFFERED, kind.name());
            }
        }
        var before = preferences();
        wanted.forEach((kind, channel) -> {
            var key = new NotificationPreference.Key(caller.userId().value(), kind);
            preferences.findById(key).ifPresentOrElse(row -> row.choose(channel),
                    () -> preferences.save(new NotificationPreference(key, channel)));
        });
        var changed = wanted.entrySet().stream()
                .filter(entry -> before.stream().anyMatch(p -> p.kind() == entry.getKey() && p.channel() != entry.getValue()))
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(", "));
        if (!changed.isEmpty()) {
            audit.recordChange(AuditAction.NOTIFICATION_PREFERENCES_CHANGED, caller.organizationId(), changed);
        }
        return preferences();
    }

    /** The caller's channel for {@code kind}: their choice, else the kind's default. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public NotificationChannel channel(NotificationKind kind) {
        return preferences.findById(new NotificationPreference.Key(callers.require().userId().value(), kind))
                .map(NotificationPreference::channel)
                .orElse(kind.defaultChannel());
    }

    /**
     * Records that the caller opened their home page now and answers when they did so before (empty: never), so
     * that the home can show what is new since then.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Optional<Instant> visitHome() {
        var me = callers.require().userId().value();
        var now = clock.instant();
        var visit = visits.findById(me);
        if (visit.isPresent()) {
            return Optional.of(visit.get().visit(now));
        }
        visits.save(new HomeVisit(me, now));
        return Optional.empty();
    }
}
