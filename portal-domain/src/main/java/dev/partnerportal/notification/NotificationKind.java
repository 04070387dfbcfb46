package dev.partnerportal.notification;

/**
 * What a notification is about, with the channel a person gets until they choose one. Staff kinds are offered to
 * the vendor's own people only. News of an item is told once per item; other kinds again for the same thing once
 * the person has read the last one (an escalation answered twice is two updates).
 */
public enum NotificationKind {
    NEW_CONTENT(false, NotificationChannel.WEEKLY_DIGEST),
    CERTIFICATION_EXPIRING(false, NotificationChannel.IN_APP),
    SURVEY_INVITATION(false, NotificationChannel.IN_APP),
    ESCALATION_UPDATE(false, NotificationChannel.IN_APP),
    DEAL_OR_LEAD_UPDATE(false, NotificationChannel.IN_APP),
    COMMITMENT_DUE(false, NotificationChannel.DAILY_DIGEST),
    APPROVAL_WAITING(true, NotificationChannel.DAILY_DIGEST),
    NEW_APPLICATION(true, NotificationChannel.IN_APP),
    ESCALATION_TARGET_BREACHED(true, NotificationChannel.MAIL_NOW);

    private final boolean staffOnly;
    private final NotificationChannel defaultChannel;

    NotificationKind(boolean staffOnly, NotificationChannel defaultChannel) {
        this.staffOnly = staffOnly;
        this.defaultChannel = defaultChannel;
    }

    /** True for kinds about the vendor's own work, offered to staff only. */
    public boolean staffOnly() {
        return staffOnly;
    }

    /** The channel of a person who has not chosen one for this kind. */
    public NotificationChannel defaultChannel() {
        return defaultChannel;
    }

    /** True when a person who is staff ({@code staff}) may receive and choose this kind. */
    public boolean offeredTo(boolean staff) {
        return staff || !staffOnly;
    }
}
