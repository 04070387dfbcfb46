/**
 * Notification views: the bell in the top bar with the unread count and the notification centre it opens, the
 * preferences page (a channel per kind), and the page an unsubscribe link in a mail opens.
 */
@NullMarked
package dev.partnerportal.ui.notification;

import org.jspecify.annotations.NullMarked;
