/**
 * Outgoing mail: queued transactionally, delivered after commit through Spring Mail, or kept in an outbox
 * that administrators can read when no SMTP server is configured.
 */
@NullMarked
package dev.partnerportal.mail;

import org.jspecify.annotations.NullMarked;
