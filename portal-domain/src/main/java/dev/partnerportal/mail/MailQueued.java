package dev.partnerportal.mail;

/** A message was queued; it is delivered once the transaction that queued it has committed. */
record MailQueued(long messageId) {
}
