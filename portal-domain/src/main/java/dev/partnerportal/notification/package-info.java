/**
 * Notifications: what happened that a person should know of, shown in the notification centre and, as each
 * person chooses per kind, mailed at once, gathered into a daily or weekly digest, or not sent at all. Features
 * report through {@link dev.partnerportal.notification.Notify}; people read and choose through
 * {@link dev.partnerportal.notification.Notifications}; mail carries a signed one-click unsubscribe link.
 */
@NullMarked
package dev.partnerportal.notification;

import org.jspecify.annotations.NullMarked;
