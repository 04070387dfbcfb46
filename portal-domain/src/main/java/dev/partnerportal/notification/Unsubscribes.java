package dev.partnerportal.notification;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.shared.RuleViolation;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-click unsubscribe from a mail, without a login: the signed link is the authority (see
 * {@link UnsubscribeLinks}). It stops the mail the link names and nothing else; the notifications stay in the
 * person's notification centre ({@link NotificationChannel#IN_APP}), where they can turn them off.
 */
@Service
public class Unsubscribes {

    /** What a link stops: one kind's mail, or one digest (then {@code kind} is null). */
    public record Unsubscribed(@Nullable NotificationKind kind, @Nullable NotificationChannel digest) {
    }

    private final UnsubscribeLinks links;
    private final NotificationPreferences preferences;
    private final Notify notify;
    private final UserAccounts accounts;
    private final AuditTrail audit;

    Unsubscribes(UnsubscribeLinks links, NotificationPreferences preferences, Notify notify, UserAccounts accounts,
                 AuditTrail audit) {
        this.links = links;
        this.preferences = preferences;
        this.notify = notify;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** What {@code token} would stop, without changing anything; refused when the portal did not sign it. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Unsubscribed describe(String token) {
        var scope = verified(token);
        return new Unsubscribed(scope.kind(), scope.digest());
    }

    /**
     * Stops the mail {@code token} names: that kind, or every kind now going to that digest, moves to in-app only.
     * Doing it again changes nothing. Refused, changing nothing, when the portal did not sign the token.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Unsubscribed unsubscribe(String token) {
        var scope = verified(token);
        var user = scope.user();
        List<NotificationKind> kinds = scope.kind() != null ? List.of(scope.kind())
                : Arrays.stream(NotificationKind.values()).filter(kind -> notify.channelOf(user, kind) == scope.digest()).toList();
        var changed = kinds.stream().filter(kind -> {
            var channel = notify.channelOf(user, kind);
            return channel == NotificationChannel.MAIL_NOW || channel.isDigest();
        }).toList();
        changed.forEach(kind -> {
            var key = new NotificationPreference.Key(user.value(), kind);
            preferences.findById(key).ifPresentOrElse(row -> row.choose(NotificationChannel.IN_APP),
                    () -> preferences.save(new NotificationPreference(key, NotificationChannel.IN_APP)));
        });
        if (!changed.isEmpty()) {
            var account = accounts.find(user).orElseThrow();
            audit.record(AuditAction.NOTIFICATION_UNSUBSCRIBED, account.email(), account.organization(),
                    "one-click unsubscribe: " + changed, null);
        }
        return new Unsubscribed(scope.kind(), scope.digest());
    }

    private UnsubscribeLinks.Scope verified(String token) {
        return links.verify(token).filter(scope -> accounts.find(scope.user()).isPresent())
                .orElseThrow(() -> new RuleViolation(NotificationError.UNSUBSCRIBE_LINK_INVALID));
    }
}
