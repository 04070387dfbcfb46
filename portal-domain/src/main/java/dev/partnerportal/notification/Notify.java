package dev.partnerportal.notification;

import dev.partnerportal.identity.UserAccount;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.mail.Mailer;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.UserId;
import java.time.Clock;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where features report what people should hear of, usually from an event listener. It checks no caller: the
 * reporting feature decides who is concerned. Each person's channel for the kind decides what happens: nothing
 * ({@link NotificationChannel#OFF}), a row in their notification centre, and for {@link NotificationChannel#MAIL_NOW}
 * also a mail in their language with a one-click unsubscribe link, queued in the same transaction. News of an
 * item is told to a person once, anything else not again while they have it unread, so listeners may run again.
 */
@Component
public class Notify {

    private final NotificationRows rows;
    private final NotificationPreferences preferences;
    private final UserAccounts accounts;
    private final Mailer mailer;
    private final UnsubscribeLinks unsubscribe;
    private final Clock clock;
    private final String baseUrl;

    Notify(NotificationRows rows, NotificationPreferences preferences, UserAccounts accounts, Mailer mailer,
           UnsubscribeLinks unsubscribe, Clock clock, @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.rows = rows;
        this.preferences = preferences;
        this.accounts = accounts;
        this.mailer = mailer;
        this.unsubscribe = unsubscribe;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Tells one person about {@code subject} (the thing's own name), linking to the portal path {@code link}.
     * True when a notification was made; false when the person is unknown, disabled, chose {@code OFF}, was
     * already told, or is a partner and the kind is for staff.
     */
    @Transactional
    public boolean person(UserId recipient, NotificationKind kind, String subject, String link) {
        return accounts.find(recipient).map(account -> tell(account, kind, subject, link)).orElse(false);
    }

    /** Tells every active member of an organization; answers how many were told. */
    @Transactional
    public int organization(OrganizationId organization, NotificationKind kind, String subject, String link) {
        return (int) accounts.activeMembers(organization).stream()
                .filter(account -> tell(account, kind, subject, link))
                .count();
    }

    /**
     * Tells the active members of an organization who have one of {@code roles} (say, its partner
     * administrators); answers how many were told.
     */
    @Transactional
    public int organization(OrganizationId organization, Collection<Role> roles, NotificationKind kind, String subject,
                            String link) {
        return (int) accounts.activeMembers(organization).stream()
                .filter(account -> roles.contains(account.role()))
                .filter(account -> tell(account, kind, subject, link))
                .count();
    }

    /**
     * Tells every enabled staff member with one of {@code roles}, except {@code except} (who caused it, if
     * anyone); answers how many were told.
     */
    @Transactional
    public int staff(Collection<Role> roles, @Nullable UserId except, NotificationKind kind, String subject, String link) {
        return (int) accounts.enabledWithRoles(roles).stream()
                .filter(UserAccount::isStaff)
                .filter(account -> !account.id().equals(except))
                .filter(account -> tell(account, kind, subject, link))
                .count();
    }

    private boolean tell(UserAccount account, NotificationKind kind, String subject, String link) {
        if (!account.enabled() || account.invitationPending() || !kind.offeredTo(account.isStaff())
                || alreadyTold(account.id(), kind, link)) {
            return false;
        }
        var channel = channelOf(account.id(), kind);
        if (channel == NotificationChannel.OFF) {
            return false;
        }
        rows.save(new Notification(account.id(), account.organization(), kind, subject, link, clock.instant(), channel));
        if (channel == NotificationChannel.MAIL_NOW) {
            var token = unsubscribe.token(account.id(), kind.name());
            var locale = account.preferredLocale();
            mailer.queueUnsubscribable(account.email(), locale, unsubscribe.oneClickUrl(token), "notificationNow",
                    mailer.word("notificationKind." + kind.name(), locale), subject, baseUrl + link,
                    unsubscribe.pageUrl(token));
        }
        return true;
    }

    /** News of an item is told once; other kinds not while the person has the same one unread. */
    private boolean alreadyTold(UserId person, NotificationKind kind, String link) {
        return kind == NotificationKind.NEW_CONTENT
                ? rows.existsByRecipientIdAndKindAndLink(person.value(), kind, link)
                : rows.existsByRecipientIdAndKindAndLinkAndReadAtIsNull(person.value(), kind, link);
    }

    NotificationChannel channelOf(UserId user, NotificationKind kind) {
        return preferences.findById(new NotificationPreference.Key(user.value(), kind))
                .map(NotificationPreference::channel)
                .orElse(kind.defaultChannel());
    }
}
