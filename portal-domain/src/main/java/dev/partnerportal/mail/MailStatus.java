package dev.partnerportal.mail;

/** Where a message is: waiting, delivered, kept in the outbox (no SMTP server), or given up on. */
public enum MailStatus {
    QUEUED, SENT, OUTBOX, FAILED
}
